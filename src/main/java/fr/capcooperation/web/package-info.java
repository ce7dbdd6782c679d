/**
 * Shared web concerns: layout, error pages, security headers, Markdown, static resources.
 */
@NullMarked
package fr.capcooperation.web;

import org.jspecify.annotations.NullMarked;
