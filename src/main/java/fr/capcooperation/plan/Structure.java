package fr.capcooperation.plan;

import org.jspecify.annotations.Nullable;

/** One partner as the person typed it in « Vos structures »: nothing else is ever added. */
record Structure(String name, @Nullable String address, @Nullable String representative, @Nullable String title,
		@Nullable Integer members, @Nullable Integer employees) {
}
