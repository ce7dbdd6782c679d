/**
 * Reading respondents' answers: the one codec between answers and form fields
 * ({@link fr.capcooperation.answers.AnswerFields}), the one between answers and JSON
 * ({@link fr.capcooperation.answers.AnswerJson}), both checking what they read against a
 * catalogue version (errors as message codes, {@link fr.capcooperation.answers.AnswerError}),
 * and where answers stand in the questionnaire ({@link fr.capcooperation.answers.QuestionnaireFlow}).
 */
@NullMarked
package fr.capcooperation.answers;

import org.jspecify.annotations.NullMarked;
