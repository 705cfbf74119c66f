package io.github.desconcentra.standards;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.model.AlphaIndex;
import org.drools.model.Declaration;
import org.drools.model.DomainClassMetadata;
import org.drools.model.Index;
import org.drools.model.SingleConstraint;
import org.drools.modelcompiler.constraints.LambdaConstraint;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Which parameters each rule reads and whose requirements it consumes, read from the compiled rule base's
 * conditions: a parameter what-if fires again only the rules a changed parameter moves.
 *
 * <p>Read from the patterns' <em>metadata</em> only, never by evaluating a constraint: an equality of a fact's
 * property with a constant ({@code Parameter(standard == "POL-UPC", name == "people_per_unit")}) is indexed by the
 * executable model with the property's index in the fact type's generated metadata and the constant, which is all this
 * reads. Every other constraint is
 * ignored, which can only widen what a pattern is taken to match (conservative). A rule whose conditions hold
 * anything but patterns over units, parameters and requirements in and/or/not/exists groups (accumulate, from, eval,
 * facts of another type) is <em>opaque</em>: a what-if touching a sector that has one fires the whole sector, as
 * before. The earlier attempt, which evaluated the live rule base's alpha constraints on facts, made later cold
 * evaluations in the same process 2.5 times slower; this one calls no generated code.
 *
 * <p>A requirement's standard is its rule's {@code @standard} ({@link Requirement#need}), so a rule consuming
 * {@code Requirement(standard == "EDU-SEATS")} consumes the requirements of the rules whose {@code @standard} is
 * {@code EDU-SEATS}. Immutable and thread-safe. Package-private.
 */
final class RuleDependencies {
    /** A parameter pattern: the standard and name it requires, null when it requires none. */
    private record ParameterRead(String standard, String name) {
        boolean matches(Parameter p) {
            return (standard == null || standard.equals(p.standard())) && (name == null || name.equals(p.name()));
        }
    }

    /** Per understood rule, by name: its parameter patterns. */
    private final Map<String, List<ParameterRead>> parameters = new HashMap<>();
    /** Per understood rule: the rules whose requirements it consumes (upstream). */
    private final Map<String, Set<String>> consumes = new HashMap<>();
    /** Per understood rule: the rules consuming its requirements (downstream). */
    private final Map<String, Set<String>> consumedBy = new HashMap<>();
    /** The rules whose conditions were not understood. */
    private final Set<String> opaque = new HashSet<>();
    /** Every rule's {@code @standard}, by name. */
    private final Map<String, String> standards = new HashMap<>();

    /**
     * @param kieBase the compiled rules
     * @param rules the rules' descriptions (their standards), as {@link StandardsEngine#rules()}
     */
    RuleDependencies(KieBase kieBase, List<RuleInfo> rules) {
        rules.forEach(r -> standards.put(r.name(), r.standard()));
        Map<String, List<String>> consumedStandards = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                // Two rules of one name in two packages cannot be told apart by the name a requirement carries.
                if (!names.add(r.getName()) || !(r instanceof RuleImpl impl) || impl.isQuery()) {
                    opaque.add(r.getName());
                    continue;
                }
                List<ParameterRead> reads = new ArrayList<>();
                List<String> consumed = new ArrayList<>();
                if (collect(impl.getLhs(), reads, consumed)) {
                    parameters.put(r.getName(), List.copyOf(reads));
                    consumedStandards.put(r.getName(), consumed);
                } else {
                    opaque.add(r.getName());
                }
            }
        }
        opaque.forEach(parameters::remove);
        consumedStandards.forEach((rule, wanted) -> {
            if (opaque.contains(rule)) {
                return;
            }
            Set<String> from = new HashSet<>();
            for (String standard : wanted) {
                standards.forEach((other, s) -> {
                    if (standard == null || standard.equals(s)) {
                        from.add(other);
                    }
                });
            }
            consumes.put(rule, from);
            from.forEach(up -> consumedBy.computeIfAbsent(up, k -> new HashSet<>()).add(rule));
        });
    }

    /**
     * Adds the patterns of this condition element; false when it holds anything but patterns over units, parameters
     * and requirements in groups.
     *
     * @param consumed the standard of each requirement pattern, null when it names none
     */
    private static boolean collect(RuleConditionElement e, List<ParameterRead> reads, List<String> consumed) {
        if (e instanceof GroupElement g) {
            for (RuleConditionElement c : g.getChildren()) {
                if (!collect(c, reads, consumed)) {
                    return false;
                }
            }
            return true;
        }
        if (!(e instanceof Pattern p) || p.getSource() != null || !(p.getObjectType() instanceof ClassObjectType t)) {
            return false;
        }
        Class<?> type = t.getClassType();
        if (type == UnitFact.class) {
            return true;
        }
        if (type == Parameter.class) {
            reads.add(new ParameterRead(constant(p, "standard"), constant(p, "name")));
            return true;
        }
        if (type == Requirement.class) {
            consumed.add(constant(p, "standard"));
            return true;
        }
        return false;
    }

    /**
     * The text a pattern's constraint requires its property to equal, read from the executable model's alpha index
     * (the property's index, as the pattern's declared type numbers its properties, and the constant); null when no
     * such constraint is found.
     */
    private static String constant(Pattern p, String property) {
        for (Constraint c : p.getConstraints()) {
            if (c.getType() != Constraint.ConstraintType.ALPHA || !(c instanceof LambdaConstraint l)) {
                continue;
            }
            SingleConstraint s = l.getEvaluator().getConstraint();
            Index<?, ?> index = s.getIndex();
            if (index instanceof AlphaIndex<?, ?> a && index.getConstraintType() == Index.ConstraintType.EQUAL
                    && a.getRightValue() instanceof String value && s.getVariables().length == 1
                    && s.getVariables()[0] instanceof Declaration<?> d && d.getMetadata() != null
                    && index.getIndexId() == propertyIndex(d.getMetadata(), property)) {
                return value;
            }
        }
        return null;
    }

    /** The index the executable model gives a property of a fact type; -1 when the type has no such property. */
    private static int propertyIndex(DomainClassMetadata type, String property) {
        try {
            return type.getPropertyIndex(property);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /**
     * The rules to fire again when these parameters change: the rules among {@code candidates} with a parameter
     * pattern that matches one of them, closed over the rules consuming their requirements and the rules making the
     * requirements those consume (fired again too: their kept requirements are not put back in a session). Empty
     * when a candidate rule is opaque (then nothing is known of what it reads).
     *
     * @param candidates the rules that may fire (those of the evaluated sectors), by name
     */
    Optional<Set<String>> affected(Collection<Parameter> changed, Set<String> candidates) {
        for (String r : candidates) {
            if (!parameters.containsKey(r)) {
                return Optional.empty();
            }
        }
        Set<String> out = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (String r : candidates) {
            for (ParameterRead read : parameters.get(r)) {
                if (changed.stream().anyMatch(read::matches) && out.add(r)) {
                    todo.add(r);
                }
            }
        }
        while (!todo.isEmpty()) {
            String r = todo.pop();
            for (Set<String> next : List.of(consumedBy.getOrDefault(r, Set.of()), consumes.getOrDefault(r,
                    Set.of()))) {
                for (String n : next) {
                    if (candidates.contains(n) && out.add(n)) {
                        todo.add(n);
                    }
                }
            }
        }
        return Optional.of(out);
    }

    /** The parameters of {@code all} that a pattern of one of these (understood) rules matches, in their order. */
    List<Parameter> read(Set<String> rules, List<Parameter> all) {
        List<Parameter> out = new ArrayList<>();
        for (Parameter p : all) {
            boolean read = false;
            for (String r : rules) {
                for (ParameterRead x : parameters.get(r)) {
                    read |= x.matches(p);
                }
            }
            if (read) {
                out.add(p);
            }
        }
        return out;
    }

    /** The {@code @standard} of a rule, null when the rule is not known. */
    String standardOf(String rule) {
        return standards.get(rule);
    }
}
