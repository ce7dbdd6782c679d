-- Where a journey was started, as the module that started it named it (a live session:
-- 'live-session:<id>'); NULL for the public questionnaire. The questionnaire module stores and
-- returns it without reading it, so that the module concerned hears of that journey's changes
-- (JourneyChanged) without looking it up on every answer.
ALTER TABLE questionnaire_response ADD COLUMN started_in VARCHAR(100);

-- Journeys already started in live sessions (the presentation module's own table).
UPDATE questionnaire_response SET started_in = (
    SELECT 'live-session:' || CAST(j.live_session_id AS VARCHAR(20)) FROM live_session_journey j WHERE j.journey_token = token)
WHERE token IN (SELECT journey_token FROM live_session_journey);
