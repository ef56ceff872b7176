// A node's record as the by-ids queries return it: every property.
{{item}} {.*}
