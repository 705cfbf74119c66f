package io.github.desconcentra.standards;

import io.github.desconcentra.territory.UnitCode;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * One rule session over a group of units: fires the rules within the fire limit and turns every way a rule can fail
 * into a {@link RuleException} naming the rule and the unit. Package-private.
 *
 * <p><b>The fire limit</b> counts the work rules make: every match created (each firing was a match first) and
 * every fact a rule inserts. A rule set that keeps inserting facts is stopped by the inserts even when the facts it
 * inserts never fire a rule, and one that breeds matches faster than it fires them is stopped by the matches, so
 * the memory of a session stays bounded by the limit. The session is stopped from inside the listeners that count,
 * which also breaks a loop of inserts inside one consequence.
 */
final class RuleSession {
    /** The rule named in the message of a failed constraint: {@code ... in [Rule "name" in file]}. */
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"((?:[^\"\\\\]|\\\\.)*)\"");

    private RuleSession() {
    }

    /** A rule's condition threw (not its consequence: that has a match, and so a rule and a unit). */
    static final class ConditionFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConditionFailure(RuntimeException cause) {
            super(rootMessage(cause), cause);
        }
    }

    /** Thrown from a listener to stop a session that passed the fire limit. */
    private static final class Runaway extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Runaway() {
            super("fire limit", null, false, false);
        }
    }

    /** What the listeners count: cheap counters on the hot path, names only when a runaway is reported. */
    private static final class Budget {
        final long limit;
        long matches;
        long inserts;
        final Map<String, int[]> firings = new HashMap<>();
        final Map<String, int[]> requirementsInserted = new HashMap<>();
        final Map<String, int[]> inputsInserted = new HashMap<>();

        Budget(long limit) {
            this.limit = limit;
        }

        void spend() {
            if (matches + inserts > limit) {
                throw new Runaway();
            }
        }
    }

    /**
     * Fires the rules over the units and parameters and returns what they required.
     *
     * @param fires which rules may fire (by name); the others' matches are left unfired
     * @param check called with every requirement and the codes of the units of the session; throws to refuse it
     * @throws RuleException when a consequence throws, a requirement is refused or the fire limit is passed
     * @throws ConditionFailure when a rule's condition throws (the caller finds the rule and the unit)
     */
    static List<Requirement> fire(KieBase kieBase, List<UnitFact> units, List<Parameter> parameters, long fireLimit,
                                  java.util.function.Predicate<String> fires,
                                  BiConsumer<Requirement, Set<UnitCode>> check) {
        KieSession session = kieBase.newKieSession();
        Budget budget = new Budget(fireLimit);
        Object metadataBefore = Requirement.keepRuleMetadata();
        try {
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (event.getRule() != null) {
                        budget.inserts++;
                        Object fact = event.getObject();
                        if (fact instanceof Requirement) {
                            budget.requirementsInserted.computeIfAbsent(event.getRule().getName(), k -> new int[1])[0]++;
                        } else {
                            budget.inputsInserted.computeIfAbsent(event.getRule().getName() + " inserting "
                                    + fact.getClass().getSimpleName(), k -> new int[1])[0]++;
                        }
                        budget.spend();
                    }
                }
            });
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void matchCreated(MatchCreatedEvent event) {
                    budget.matches++;
                    budget.spend();
                }

                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    budget.firings.computeIfAbsent(event.getMatch().getRule().getName(), k -> new int[1])[0]++;
                }
            });
            Set<UnitCode> codes = new HashSet<>();
            try {
                parameters.forEach(session::insert);
                for (UnitFact u : units) {
                    codes.add(u.code());
                    session.insert(u);
                }
                org.kie.api.runtime.rule.AgendaFilter filter = match -> fires.test(match.getRule().getName());
                int fired = session.fireAllRules(filter, (int) Math.min(Integer.MAX_VALUE, fireLimit));
                if (fired >= fireLimit && session.fireAllRules(filter, 1) > 0) {
                    throw new Runaway();
                }
            } catch (RuntimeException e) {
                throw translate(e, budget, units);
            }
            List<Requirement> out = new ArrayList<>();
            for (Object o : session.getObjects(o -> o instanceof Requirement)) {
                Requirement r = (Requirement) o;
                check.accept(r, codes);
                out.add(r);
            }
            return out;
        } finally {
            Requirement.forgetRuleMetadata(metadataBefore);
            session.dispose();
        }
    }

    private static RuntimeException translate(RuntimeException e, Budget budget, List<UnitFact> units) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof Runaway) {
                return runaway(budget, units);
            }
            if (c instanceof RuleException re) {
                return re;
            }
        }
        if (e instanceof ConsequenceException ce) {
            String rule = ce.getMatch() == null ? null : ce.getMatch().getRule().getName();
            UnitCode unit = null;
            if (ce.getMatch() != null) {
                for (Object o : ce.getMatch().getObjects()) {
                    if (o instanceof UnitFact u) {
                        unit = u.code();
                    } else if (o instanceof Requirement r && unit == null) {
                        unit = r.unitCode();
                    }
                }
            }
            return new RuleException(rule, unit, rootMessage(e.getCause() == null ? e : e.getCause()));
        }
        return new ConditionFailure(e);
    }

    private static RuleException runaway(Budget budget, List<UnitFact> units) {
        List<Map.Entry<String, Integer>> fired = top(budget.firings);
        List<Map.Entry<String, Integer>> causes = top(budget.inputsInserted);
        Map<String, int[]> all = new HashMap<>(budget.inputsInserted);
        budget.requirementsInserted.forEach((rule, n) -> all.put(rule + " inserting "
                + Requirement.class.getSimpleName(), n));
        List<Map.Entry<String, Integer>> inserting = top(all);
        String culprit = !causes.isEmpty() ? causes.get(0).getKey() : !inserting.isEmpty()
                ? inserting.get(0).getKey() : fired.isEmpty() ? null : fired.get(0).getKey();
        culprit = culprit == null ? null : culprit.replaceFirst(" inserting \\w+$", "");
        return new RuleException(culprit, units.get(0).code(), String.format(Locale.ROOT, "the rules passed the fire"
                + " limit (%,d matches and inserted facts) in the session of %s%s: a runaway rule set? %sMost fired:"
                + " %s; most inserting: %s", budget.limit, units.get(0).code().value(), units.size() == 1 ? ""
                : " and the units after it", causes.isEmpty() ? "" : "Rules inserting input facts (likely causes): "
                + causes + "; ", fired, inserting));
    }

    /** The three largest counts, largest first, ties by name. */
    private static List<Map.Entry<String, Integer>> top(Map<String, int[]> counts) {
        List<Map.Entry<String, Integer>> list = new ArrayList<>();
        counts.forEach((k, v) -> list.add(Map.entry(k, v[0])));
        list.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return List.copyOf(list.subList(0, Math.min(3, list.size())));
    }

    /** The innermost message, with its exception's simple name when it says little alone. */
    static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        if (root.getClass() == IllegalArgumentException.class && m != null && !m.isBlank()) {
            return m;
        }
        return root.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }

    /**
     * The rule whose condition threw: named in the message of a failed constraint, or found from the generated
     * lambda class in the stack trace, whose {@code predicateInformation()} lists the rules it belongs to.
     */
    static Optional<String> ruleOf(ConditionFailure failure, KieBase kieBase) {
        for (Throwable c = failure.getCause(); c != null; c = c.getCause()) {
            Matcher m = RULE_IN_MESSAGE.matcher(String.valueOf(c.getMessage()));
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        Set<String> packages = new HashSet<>();
        kieBase.getKiePackages().forEach(p -> packages.add(p.getName()));
        for (Throwable c = failure.getCause(); c != null; c = c.getCause()) {
            for (StackTraceElement frame : c.getStackTrace()) {
                String cls = frame.getClassName();
                int dot = cls.lastIndexOf('.');
                int parent = dot < 0 ? -1 : cls.lastIndexOf('.', dot - 1);
                if (parent < 0 || !packages.contains(cls.substring(0, parent))) {
                    continue;
                }
                Optional<String> rule = predicateRule(cls, kieBase);
                if (rule.isPresent()) {
                    return rule;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> predicateRule(String className, KieBase kieBase) {
        List<ClassLoader> loaders = new ArrayList<>();
        if (kieBase instanceof org.drools.core.impl.InternalRuleBase ikb) {
            loaders.add(ikb.getRootClassLoader());
        }
        loaders.add(RuleSession.class.getClassLoader());
        for (ClassLoader loader : loaders) {
            try {
                Class<?> cls = Class.forName(className, false, loader);
                Object[] constants = cls.getEnumConstants();
                if (constants == null || constants.length == 0) {
                    continue;
                }
                Method info = cls.getMethod("predicateInformation");
                Object pi = info.invoke(constants[0]);
                if (pi instanceof org.drools.model.functions.PredicateInformation p) {
                    Set<String> names = new TreeSet<>();
                    p.getRuleDefs().forEach(d -> names.add(d.getRuleName()));
                    if (names.size() == 1) {
                        return Optional.of(names.iterator().next());
                    }
                }
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                // not a generated predicate of this rule base: try the next frame
            }
        }
        return Optional.empty();
    }
}
