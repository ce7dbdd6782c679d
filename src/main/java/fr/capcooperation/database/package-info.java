/**
 * The database as a service the application depends on: durable embedded commits, connections
 * evicted when H2 closes itself, a health check that writes, and the French 503 and 409 pages
 * when the database is unavailable or an update keeps losing to concurrent ones.
 */
@NullMarked
package fr.capcooperation.database;

import org.jspecify.annotations.NullMarked;
