/**
 * The wording of advice: turns the engine's outcome into French explanations
 * ({@link fr.capcooperation.advice.Advisor}, {@link fr.capcooperation.advice.Advice}).
 */
@NullMarked
package fr.capcooperation.advice;

import org.jspecify.annotations.NullMarked;
