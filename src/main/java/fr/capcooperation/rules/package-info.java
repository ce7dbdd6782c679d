/**
 * The rules engine in plain Java: conditions, three-valued evaluation, explanations as data, the smallest changes.
 */
@NullMarked
package fr.capcooperation.rules;

import org.jspecify.annotations.NullMarked;
