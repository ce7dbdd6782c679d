/**
 * The respondent's journey: one question per page, the review, answers kept under an unguessable link.
 */
@NullMarked
package fr.capcooperation.questionnaire;

import org.jspecify.annotations.NullMarked;
