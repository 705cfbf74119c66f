package io.github.desconcentra.standards;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.model.EntryPoint;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.Rule;
import org.drools.model.TypeMetaData;
import org.kie.api.KieBase;
import org.kie.api.conf.EqualityBehaviorOption;

/**
 * Rule bases holding only some rules of the precompiled standards, made from the same executable-model classes as
 * the whole rule base (every declaration, global and query kept, the other rules left out) when a parameter what-if
 * first fires those rules, and kept. Package-private.
 *
 * <p>Why: in a session of the whole rule base every unit inserted runs through every sector's alpha network and into
 * the memories of every rule's joins, whichever rules the agenda filter lets fire; for a parameter whose rules match
 * few units that propagation was most of the what-if (about 1.4 ms a what-if on the reference). A session of a rule
 * base of those rules alone does that work for them alone. The rules fired are the same, over the same facts, so the
 * requirements are the same; only their order out of the session may differ, and the what-if sorts them.
 *
 * <p>Not made (empty, the caller fires the whole rule base) for more than {@link #MOST_RULES} of the rules (Monte
 * Carlo draws move every sector: a new rule base would save little and cost a build), once {@link #KEPT} sets are
 * kept (so the draws of many parameters at once never build a rule base each), nor before a set's
 * {@link #MADE_FROM}th request: building one costs 2-4 ms of CPU and saves about 0.5 ms a what-if, so a one-off swing
 * ({@code sensitivity}'s tornado fires each parameter's rules twice, at its low and its high) would pay more than it
 * saves.
 *
 * <p>One difference, at a fire limit: the limit counts every match a session makes, and the whole rule base makes
 * matches of the rules the agenda filter leaves unfired, which a partial rule base does not hold. So at a limit between
 * the two counts a what-if fails in the whole rule base (its first two requests) and succeeds in its own (from the
 * third); the lowest limits that differ on the reference are 13 against 4 ({@code REHAB-CRS/places_per_prison})
 * and 1,505 against 1,278 ({@code INCL-CIBV}), far below the default 250,000 (the largest session of the reference
 * takes under 5,000). Counting only the matches of rules that may fire would close it, but would also stop counting
 * the matches a runaway rule of another sector makes; not done.
 */
final class PartialRuleBases {
    /** At most this share of the rules, in per cent, makes a partial rule base. */
    static final int MOST_RULES = 50;
    /** At most this many partial rule bases are kept. */
    static final int KEPT = 64;
    /** A set's rule base is made at this request of it, the earlier ones fire the whole rule base. */
    static final int MADE_FROM = 3;

    private final List<Class<? extends Model>> models;
    private final EqualityBehaviorOption behaviour;
    private final int rules;
    private final Map<Set<String>, KieBase> made = new ConcurrentHashMap<>();
    /** How often each set not made yet was asked for (bounded as {@link #made} is, a few times over). */
    private final Map<Set<String>, AtomicInteger> asked = new ConcurrentHashMap<>();

    PartialRuleBases(List<Class<? extends Model>> models, EqualityBehaviorOption behaviour, int rules) {
        this.models = List.copyOf(models);
        this.behaviour = behaviour;
        this.rules = rules;
    }

    /** A rule base of these rules alone (by name), or empty when the whole rule base should fire them. */
    Optional<KieBase> of(Set<String> names) {
        if (names.isEmpty() || names.size() * 100L > (long) rules * MOST_RULES) {
            return Optional.empty();
        }
        KieBase kept = made.get(names);
        if (kept != null) {
            return Optional.of(kept);
        }
        if (made.size() >= KEPT || asked.size() >= 4 * KEPT && !asked.containsKey(names)) {
            return Optional.empty();
        }
        Set<String> key = Set.copyOf(names);
        if (asked.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() < MADE_FROM) {
            return Optional.empty();
        }
        return Optional.of(made.computeIfAbsent(key, this::build));
    }

    /** How many partial rule bases are kept (for tests). */
    int kept() {
        return made.size();
    }

    private KieBase build(Set<String> names) {
        List<Model> filtered = new ArrayList<>();
        // Fresh instances: the rule base being built never shares the rule objects of another.
        for (Model m : StandardsEngine.instances(models)) {
            filtered.add(new Only(m, m.getRules().stream().filter(r -> names.contains(r.getName())).toList()));
        }
        return StandardsEngine.ruleBase(filtered, behaviour);
    }

    /** A model with some of its rules. */
    private record Only(Model model, List<Rule> rules) implements Model {
        @Override
        public String getName() {
            return model.getName();
        }

        @Override
        public String getPackageName() {
            return model.getPackageName();
        }

        @Override
        public List<Global> getGlobals() {
            return model.getGlobals();
        }

        @Override
        public List<Rule> getRules() {
            return rules;
        }

        @Override
        public List<Query> getQueries() {
            return model.getQueries();
        }

        @Override
        public List<TypeMetaData> getTypeMetaDatas() {
            return model.getTypeMetaDatas();
        }

        @Override
        public List<EntryPoint> getEntryPoints() {
            return model.getEntryPoints();
        }
    }
}
