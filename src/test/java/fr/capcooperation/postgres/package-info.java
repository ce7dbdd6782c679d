/**
 * Tests against a real PostgreSQL server, skipped where none is given.
 */
@NullMarked
package fr.capcooperation.postgres;

import org.jspecify.annotations.NullMarked;
