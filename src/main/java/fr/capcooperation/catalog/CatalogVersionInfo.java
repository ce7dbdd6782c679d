package fr.capcooperation.catalog;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Who published a catalogue version, when, and why (without its content). */
public record CatalogVersionInfo(int version, Instant publishedAt, String publishedBy, @Nullable String note) {
}
