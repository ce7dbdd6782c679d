/**
 * The trainer mode: the projected deck, the group questionnaire, QR codes, live audience sessions and the handout.
 */
@NullMarked
package fr.capcooperation.presentation;

import org.jspecify.annotations.NullMarked;
