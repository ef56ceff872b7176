// @ts-check
/**
 * A text box that suggests actors as you type (any spelling: the API's
 * search, else its name lookup), with the keyboard (arrows, Enter, Escape)
 * or the mouse.
 */
import * as api from './api.js';
import { el } from './dom.js';
import { humanise } from './style.js';

/**
 * @param {HTMLInputElement} input
 * @param {HTMLUListElement} list
 * @param {(choice: api.ActorChoice) => void} onChoose
 * @param {(error: unknown) => void} onError
 */
export function suggestions(input, list, onChoose, onError) {
  /** @type {api.ActorChoice[]} */
  let choices = [];
  let active = -1;
  let asked = 0;
  /** @type {number | undefined} */
  let timer;
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const render = () => {
    list.replaceChildren(
      ...choices.map((choice, index) => {
        const spelling =
          choice.matched && choice.matched !== choice.name
            ? el('span', 'matched', ` as “${choice.matched}”`)
            : null;
        const item = el(
          'li',
          '',
          el('span', '', choice.name, spelling),
          el('span', 'kind', choice.kind ? humanise(choice.kind) : ''),
        );
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', String(index === active));
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(index);
        });
        return item;
      }),
    );
    list.hidden = choices.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
  };
  /** @param {number} index */
  const choose = (index) => {
    const choice = choices[index];
    if (!choice) return;
    input.value = choice.name;
    close();
    onChoose(choice);
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      choices = [];
      close();
      return;
    }
    timer = window.setTimeout(async () => {
      const ticket = ++asked;
      try {
        const found = await api.findActors(text);
        if (ticket !== asked) return;
        choices = found;
        active = -1;
        render();
      } catch (error) {
        onError(error);
      }
    }, 180);
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + choices.length) % choices.length;
      render();
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 120));
  return {
    close,
    /** Invalidates answers still on their way (the form was submitted). */
    cancel() {
      window.clearTimeout(timer);
      asked++;
      close();
    },
  };
}
