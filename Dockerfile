# The GraphQL API (see docker-compose.yml for the stack with Neo4j).
FROM node:20-bookworm-slim
WORKDIR /app

# Dependencies first, so that a code change does not reinstall them.
COPY package.json package-lock.json ./
RUN npm ci

COPY tsconfig*.json ./
COPY src ./src
COPY cypher ./cypher
COPY seeds ./seeds
COPY schema ./schema
RUN npm run build

# Run unprivileged; data/ is where the embedded Kuzu store would live (GRAPH_STORE=kuzu).
RUN mkdir -p data && chown node:node data
USER node

ENV NODE_ENV=production
EXPOSE 4000
CMD ["node", "dist/src/main.js"]
