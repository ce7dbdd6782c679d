package fr.capcooperation.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;

import fr.capcooperation.catalog.CatalogContent.Option;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.catalog.ConditionSpec;
import fr.capcooperation.rules.Condition;
import fr.capcooperation.rules.QuestionType;

/**
 * One node of the structured condition editor: a question, an operator and option(s), or a
 * group (all, any, not) of nodes. The tree travels as plain form fields named by path
 * ({@code condition.op}, {@code condition.0.question}, …), so it works without JavaScript:
 * "add" and "remove" buttons post the form, which is re-rendered with the changed tree.
 *
 * <p>A tree is read, from the request or from the draft, within {@link Condition#MAX_DEPTH}
 * levels and {@link Condition#MAX_SIZE} conditions: what lies beyond is not read (its edit
 * page always renders, whatever was posted or stored) and the node where it was cut says so
 * next to its operator, so that the condition cannot be saved until it is simplified.
 */
public final class ConditionNode {

	public static final List<String> LEAF_OPS = List.of("is", "includes", "includes_any", "only", "at_least", "answered");
	public static final List<String> GROUP_OPS = List.of("all", "any", "not");
	public static final List<String> OPS = List.of("is", "includes", "includes_any", "only", "at_least", "answered",
			"all", "any", "not");

	private String path;
	private String op;
	private String question;
	private String option;
	private List<String> options;
	private String value;
	private final List<ConditionNode> children = new ArrayList<>();
	private boolean tooDeep;
	private boolean tooLarge;

	private ConditionNode(String path, String op, String question, String option, List<String> options, String value) {
		this.path = path;
		this.op = op;
		this.question = question;
		this.option = option;
		this.options = options;
		this.value = value;
	}

	static ConditionNode empty(String path) {
		return new ConditionNode(path, "", "", "", List.of(), "");
	}

	static ConditionNode from(@Nullable ConditionSpec spec, String path) {
		return from(spec, path, new int[] { 0 });
	}

	private static ConditionNode from(@Nullable ConditionSpec spec, String path, int[] count) {
		if (spec == null) {
			return empty(path);
		}
		count[0]++;
		ConditionNode node = new ConditionNode(path, spec.op(), nz(spec.question()), nz(spec.option()),
				spec.options() == null ? List.of() : List.copyOf(spec.options()),
				spec.value() == null ? "" : spec.value().toString());
		if (spec.of() != null) {
			for (int i = 0; i < spec.of().size(); i++) {
				if (!node.mayHoldMore(count)) {
					break;
				}
				node.children.add(from(spec.of().get(i), path + "." + i, count));
			}
		}
		return node;
	}

	/** Whether one more child fits under this node; if not, the node remembers why. */
	private boolean mayHoldMore(int[] count) {
		if (depth() >= Condition.MAX_DEPTH) {
			tooDeep = true;
			return false;
		}
		if (count[0] >= Condition.MAX_SIZE) {
			tooLarge = true;
			return false;
		}
		return true;
	}

	/** This node's level: 1 for the root, 2 for its children, … */
	private int depth() {
		return (int) path.chars().filter(c -> c == '.').count() + 1;
	}

	/** Reads the tree posted under {@code path}; a group with no child gets one empty row. */
	static ConditionNode parse(Map<String, String[]> params, String path) {
		return parse(params, path, new int[] { 0 });
	}

	private static ConditionNode parse(Map<String, String[]> params, String path, int[] count) {
		count[0]++;
		ConditionNode node = new ConditionNode(path, first(params, path + ".op"), first(params, path + ".question"),
				first(params, path + ".option"),
				params.containsKey(path + ".options") ? Arrays.stream(params.get(path + ".options")).filter(s -> !s.isBlank()).toList() : List.of(),
				first(params, path + ".value"));
		if (node.isGroup()) {
			List<Integer> indexes = new ArrayList<>();
			String prefix = path + ".";
			for (String name : params.keySet()) {
				if (name.startsWith(prefix) && name.endsWith(".op") && name.length() > prefix.length() + 3) {
					String middle = name.substring(prefix.length(), name.length() - 3);
					if (middle.matches("\\d{1,3}")) {
						indexes.add(Integer.parseInt(middle));
					}
				}
			}
			for (int i : indexes.stream().sorted().toList()) {
				if (!node.mayHoldMore(count)) {
					break;
				}
				node.children.add(parse(params, path + "." + i, count));
			}
			if (node.children.isEmpty() && !node.tooDeep && !node.tooLarge) {
				ConditionNode child = new ConditionNode(path + ".0", "is", node.question, node.option, List.of(), "");
				node.children.add(child);
			}
		}
		return node;
	}

	private static String first(Map<String, String[]> params, String name) {
		String[] values = params.get(name);
		return values == null || values.length == 0 || values[0] == null ? "" : values[0].strip();
	}

	private static String nz(@Nullable String value) {
		return value == null ? "" : value;
	}

	/**
	 * Applies "add:&lt;path&gt;" (a new row in that group, unless it is at the deepest level
	 * allowed or the tree is full) or "remove:&lt;path&gt;"; true if the tree changed.
	 */
	boolean apply(String action) {
		if (action.startsWith("add:")) {
			int[] count = { size() };
			Optional<ConditionNode> group = find(action.substring(4)).filter(ConditionNode::isGroup)
				.filter(node -> node.mayHoldMore(count));
			group.ifPresent(node -> node.children.add(new ConditionNode(node.path + "." + node.children.size(), "is", "",
					"", List.of(), "")));
			renumber(path);
			return group.isPresent();
		}
		if (action.startsWith("remove:")) {
			boolean removed = remove(action.substring(7));
			renumber(path);
			return removed;
		}
		return false;
	}

	private int size() {
		return 1 + children.stream().mapToInt(ConditionNode::size).sum();
	}

	private boolean remove(String target) {
		if (children.removeIf(child -> child.path.equals(target))) {
			return true;
		}
		return children.stream().anyMatch(child -> child.remove(target));
	}

	private Optional<ConditionNode> find(String target) {
		if (path.equals(target)) {
			return Optional.of(this);
		}
		return children.stream().map(child -> child.find(target)).flatMap(Optional::stream).findFirst();
	}

	private void renumber(String newPath) {
		this.path = newPath;
		for (int i = 0; i < children.size(); i++) {
			children.get(i).renumber(newPath + "." + i);
		}
	}

	/**
	 * The condition as stored, or null when the root is left empty (no condition). Problems go
	 * to {@code errors} by element id, in French through {@code message(code, args)}.
	 */
	@Nullable ConditionSpec toSpec(List<Question> questions, boolean required, Map<String, String> errors,
			BiFunction<String, Object[], String> message) {
		if (op.isEmpty()) {
			if (required) {
				errors.put(id("op"), message.apply("admin.condition.error.op", new Object[0]));
			}
			return null;
		}
		if (tooDeep) {
			errors.put(id("op"), message.apply("admin.condition.error.depth", new Object[] { Condition.MAX_DEPTH }));
			return null;
		}
		if (tooLarge) {
			errors.put(id("op"), message.apply("admin.condition.error.size", new Object[] { Condition.MAX_SIZE }));
			return null;
		}
		if (isGroup()) {
			List<ConditionSpec> specs = new ArrayList<>();
			for (ConditionNode child : children) {
				ConditionSpec spec = child.toSpec(questions, true, errors, message);
				if (spec != null) {
					specs.add(spec);
				}
			}
			if ("not".equals(op) && children.size() != 1) {
				errors.put(id("op"), message.apply("admin.condition.error.not", new Object[0]));
			}
			if (children.isEmpty()) {
				errors.put(id("op"), message.apply("admin.condition.error.empty", new Object[0]));
			}
			return new ConditionSpec(op, null, null, null, null, specs);
		}
		if (!LEAF_OPS.contains(op)) {
			errors.put(id("op"), message.apply("admin.condition.error.op", new Object[0]));
			return null;
		}
		if (question.isEmpty()) {
			errors.put(id("question"), message.apply("admin.condition.error.question", new Object[0]));
			return null;
		}
		Question target = questions.stream().filter(q -> q.key().equals(question)).findFirst().orElse(null);
		if (target == null) {
			errors.put(id("question"), message.apply("admin.condition.error.unknownQuestion", new Object[] { question }));
			return null;
		}
		QuestionType expected = switch (op) {
			case "is" -> QuestionType.SINGLE;
			case "includes", "includes_any", "only" -> QuestionType.MULTIPLE;
			case "at_least" -> QuestionType.NUMBER;
			default -> null;
		};
		if (expected != null && target.type() != expected) {
			errors.put(id("op"), message.apply("admin.condition.error.type." + expected.name().toLowerCase(Locale.ROOT),
					new Object[] { target.label() }));
			return null;
		}
		switch (op) {
			case "is", "includes" -> {
				if (option.isEmpty()) {
					errors.put(id("option"), message.apply("admin.condition.error.option", new Object[0]));
					return null;
				}
				if (!hasOption(target, option)) {
					errors.put(id("option"), message.apply("admin.condition.error.unknownOption", new Object[] { option, target.label() }));
					return null;
				}
				return new ConditionSpec(op, question, option, null, null, null);
			}
			case "includes_any", "only" -> {
				if (options.isEmpty()) {
					errors.put(id("options"), message.apply("admin.condition.error.options", new Object[0]));
					return null;
				}
				for (String candidate : options) {
					if (!hasOption(target, candidate)) {
						errors.put(id("options"), message.apply("admin.condition.error.unknownOption", new Object[] { candidate, target.label() }));
						return null;
					}
				}
				return new ConditionSpec(op, question, null, List.copyOf(options), null, null);
			}
			case "at_least" -> {
				try {
					return new ConditionSpec(op, question, null, null, Integer.parseInt(value), null);
				}
				catch (NumberFormatException ex) {
					errors.put(id("value"), message.apply("admin.condition.error.value", new Object[0]));
					return null;
				}
			}
			default -> {
				return new ConditionSpec(op, question, null, null, null, null);
			}
		}
	}

	private static boolean hasOption(Question question, String key) {
		return question.options().stream().map(Option::key).anyMatch(key::equals);
	}

	/** The element id of one of this node's inputs ({@code op}, {@code question}, …). */
	public String id(String part) {
		return "f-" + path.replace('.', '-') + "-" + part;
	}

	public boolean isGroup() {
		return GROUP_OPS.contains(op);
	}

	public boolean isRoot() {
		return !path.contains(".");
	}

	public String getPath() {
		return path;
	}

	public String getOp() {
		return op;
	}

	public String getQuestion() {
		return question;
	}

	public String getOption() {
		return option;
	}

	public List<String> getOptions() {
		return options;
	}

	public String getValue() {
		return value;
	}

	public List<ConditionNode> getChildren() {
		return children;
	}

	/** 1-based position for labels: "1.2.1"; the root is "1". */
	public String getNumber() {
		String[] parts = path.split("\\.");
		StringBuilder number = new StringBuilder("1");
		for (int i = 1; i < parts.length; i++) {
			number.append('.').append(Integer.parseInt(parts[i]) + 1);
		}
		return number.toString();
	}

	public boolean needsOption() {
		return "is".equals(op) || "includes".equals(op);
	}

	public boolean needsOptions() {
		return "includes_any".equals(op) || "only".equals(op);
	}

	public boolean needsValue() {
		return "at_least".equals(op);
	}

	/** Says, next to each node that was cut, why (a stored condition is shown cut, never as a broken page). */
	void sayCuts(Map<String, String> errors, BiFunction<String, Object[], String> message) {
		if (tooDeep) {
			errors.putIfAbsent(id("op"), message.apply("admin.condition.error.depth", new Object[] { Condition.MAX_DEPTH }));
		}
		if (tooLarge) {
			errors.putIfAbsent(id("op"), message.apply("admin.condition.error.size", new Object[] { Condition.MAX_SIZE }));
		}
		children.forEach(child -> child.sayCuts(errors, message));
	}

	/** Whether this node was cut (too deep or too large): its error says why. */
	public boolean isCut() {
		return tooDeep || tooLarge;
	}

	public boolean needsQuestion() {
		return LEAF_OPS.contains(op);
	}
}
