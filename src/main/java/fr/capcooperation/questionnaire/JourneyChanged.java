package fr.capcooperation.questionnaire;

/**
 * A journey was saved with a change (an answer): whoever keeps figures about journeys (a live
 * session's tallies) updates them in the same transaction. The journey is as saved.
 */
public record JourneyChanged(Journey journey) {
}
