/**
 * The JSON API under {@code /api/v1}: questions, forms and recommendations, with French problem documents.
 */
@NullMarked
package fr.capcooperation.api;

import org.jspecify.annotations.NullMarked;
