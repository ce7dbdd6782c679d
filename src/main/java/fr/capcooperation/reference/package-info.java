/**
 * The reference pages: forms of cooperation, notions, glossary and comparison table.
 */
@NullMarked
package fr.capcooperation.reference;

import org.jspecify.annotations.NullMarked;
