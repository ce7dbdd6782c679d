/**
 * What tests of several modules share: recording the SQL of a request.
 */
@NullMarked
package fr.capcooperation.support;

import org.jspecify.annotations.NullMarked;
