package fr.capcooperation.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/** Reads an HTML form as a browser would post it (without its buttons). */
final class AdminForms {

	private AdminForms() {
	}

	static Map<String, List<String>> fields(Element form) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[name], textarea[name], select[name]")) {
			String name = input.attr("name");
			if (name.equals("_csrf")) {
				continue;
			}
			switch (input.tagName()) {
				case "textarea" -> add(fields, name, input.wholeText());
				case "select" -> input.select("option[selected]").forEach(option -> add(fields, name, option.attr("value")));
				default -> {
					String type = input.attr("type");
					if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
						continue;
					}
					add(fields, name, input.attr("value"));
				}
			}
		}
		return fields;
	}

	private static void add(Map<String, List<String>> fields, String name, String value) {
		fields.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
	}
}
