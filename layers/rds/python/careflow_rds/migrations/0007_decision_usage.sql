-- What each decision's model call cost, and why the rules answered when the model did not
-- (issue 13: a clinic sees its calls, tokens and fallbacks). Existing rows: the rules, no tokens.
ALTER TABLE agent_decisions
    ADD COLUMN input_tokens  integer NOT NULL DEFAULT 0 CHECK (input_tokens >= 0),
    ADD COLUMN output_tokens integer NOT NULL DEFAULT 0 CHECK (output_tokens >= 0),
    ADD COLUMN fallback      text;
