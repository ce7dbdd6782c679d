/**
 * Flyway's Java migrations (the seed of catalogue version 1); SQL migrations are under {@code db/migration} in the resources.
 */
@NullMarked
package db.migration;

import org.jspecify.annotations.NullMarked;
