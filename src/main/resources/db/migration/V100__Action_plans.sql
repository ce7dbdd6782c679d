-- « Mon plan d'action »: per journey, the form whose roadmap the person follows, the target date,
-- the steps ticked (a JSON array of step keys) and the optional « Vos structures » (JSON). Module
-- plan's own table: no foreign key to questionnaire_response; rows leave with the journey through
-- the questionnaire module's JourneysDeleted event.
CREATE TABLE action_plan (
    journey_token  VARCHAR(64)              NOT NULL PRIMARY KEY,
    form_key       VARCHAR(64)              NOT NULL,
    target_date    DATE,
    done_steps     TEXT                     NOT NULL,
    structures     TEXT,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
