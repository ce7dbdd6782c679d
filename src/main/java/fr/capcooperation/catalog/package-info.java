/**
 * The content and its published versions: immutable JSON snapshots, each parsed once into a {@link fr.capcooperation.catalog.Catalog}.
 */
@NullMarked
package fr.capcooperation.catalog;

import org.jspecify.annotations.NullMarked;
