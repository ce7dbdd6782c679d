/**
 * Browser and accessibility tests in headless Chromium, skipped where it is missing.
 */
@NullMarked
package fr.capcooperation.browser;

import org.jspecify.annotations.NullMarked;
