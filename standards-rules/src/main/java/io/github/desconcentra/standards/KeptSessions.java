package io.github.desconcentra.standards;

import io.github.desconcentra.territory.UnitCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Predicate;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;

/**
 * The rule sessions of one what-if's territory, kept fired for parameter what-ifs: each partition's session holds
 * the units, the evaluated sectors' parameters and every requirement the rules made. A parameter what-if replaces
 * the parameters that differ from those a session holds ({@code update}), takes out the requirements made by a match
 * holding one of them (and, in turn, those made by a match holding a requirement taken out), and fires: Drools then
 * re-evaluates only the matches the replaced and removed facts were in. The units are not inserted again, and the
 * rules that read none of the changed facts are not evaluated at all, which a new session per what-if paid for
 * (inserting every unit propagates it through every rule's network).
 *
 * <p>This gives the requirements a new session gives only when every match a fact takes part in holds that fact
 * (a requirement then depends on the facts of its match alone). So the sessions are used only when every rule's
 * conditions are patterns joined by "and" (no {@code not}, {@code exists}, {@code or}, {@code accumulate},
 * {@code from}, {@code eval}), with no attribute that makes a firing depend on others (activation or agenda group,
 * lock-on-active, timers), and while no consequence inserts anything but requirements or modifies or deletes a fact.
 * Anything else, a rule failing or the fire limit passed makes {@link #requirements} answer empty, the slot is
 * dropped, and the caller fires a new session as before (which fails as a cold evaluation does).
 *
 * <p>Thread-safe: each what-if takes a slot (one session per partition) no other thread uses, and gives it back;
 * slots are made when none is free, so there are as many as what-ifs ran at once. Their sessions are disposed when
 * the owning what-if is no longer reachable. Package-private.
 */
final class KeptSessions {
    private static final java.lang.ref.Cleaner CLEANER = java.lang.ref.Cleaner.create();

    private final StandardsEngine engine;
    private final List<List<UnitFact>> partitions;
    private final EvaluationOptions options;
    /** The rules of the evaluated sectors: those a session fires. */
    private final Predicate<String> fires;
    private final Pool pool = new Pool();
    /** What a slot answers when firing again would cost more than a new session (the slot stays good). */
    private static final List<Requirement> DECLINED = new ArrayList<>();
    /**
     * The most requirements a what-if takes out of the kept sessions and fires again; beyond it a new session is
     * fired. Half the units: a new session's cost beyond the rules it fires is inserting every unit, measured on the
     * reference at about what firing that many requirements again in kept sessions costs (1.4 ms against 2-3 us a
     * requirement taken out and made again).
     */
    private final int worthwhile;

    /** The free slots, disposed when the owner goes. */
    private static final class Pool implements Runnable {
        final ConcurrentLinkedDeque<Slot> idle = new ConcurrentLinkedDeque<>();
        volatile boolean closed;

        @Override
        public void run() {
            closed = true;
            for (Slot s = idle.poll(); s != null; s = idle.poll()) {
                s.dispose();
            }
        }
    }

    private KeptSessions(Object owner, StandardsEngine engine, List<List<UnitFact>> partitions,
                         EvaluationOptions options, int worthwhile) {
        this.engine = engine;
        this.worthwhile = worthwhile;
        this.partitions = partitions;
        this.options = options;
        this.fires = rule -> {
            Sector s = engine.sectorOfRule(rule);
            return s != null && options.sectors().contains(s);
        };
        CLEANER.register(owner, pool);
    }

    /**
     * Sessions for {@code owner}'s what-ifs on these units, or empty when the rule base has a rule whose firings could
     * depend on more than the facts of its match (see the class comment).
     */
    static Optional<KeptSessions> of(Object owner, StandardsEngine engine, List<List<UnitFact>> partitions,
                                     EvaluationOptions options) {
        return of(owner, engine, partitions, options, partitions.stream().mapToInt(List::size).sum() / 2);
    }

    /** {@link #of(Object, StandardsEngine, List, EvaluationOptions)} firing again at most {@code worthwhile}. */
    static Optional<KeptSessions> of(Object owner, StandardsEngine engine, List<List<UnitFact>> partitions,
                                     EvaluationOptions options, int worthwhile) {
        return onlyJoins(engine.kieBase()) ? Optional.of(new KeptSessions(owner, engine, partitions, options,
                worthwhile)) : Optional.empty();
    }

    /** True when every rule's conditions are patterns over facts joined by "and", with no attribute ordering firings. */
    static boolean onlyJoins(KieBase kieBase) {
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                if (!(r instanceof RuleImpl impl) || impl.isQuery() || impl.getActivationGroup() != null
                        || impl.isLockOnActive() || impl.getTimer() != null
                        || !"MAIN".equals(impl.getAgendaGroup()) || !joins(impl.getLhs())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean joins(RuleConditionElement e) {
        if (e instanceof GroupElement g) {
            if (!g.isAnd()) {
                return false;
            }
            for (RuleConditionElement c : g.getChildren()) {
                if (!joins(c)) {
                    return false;
                }
            }
            return true;
        }
        return e instanceof Pattern p && p.getSource() == null;
    }

    /**
     * The requirements of {@code rules} (among the evaluated sectors' rules) when the evaluated sectors' parameters
     * are {@code parameters}, checked and counting the supply the standards' substitutions widen, as a new session
     * gives them, in no particular order; empty when the kept sessions cannot tell (see the class comment).
     */
    Optional<List<Requirement>> requirements(Set<String> rules, List<Parameter> parameters) {
        if (pool.closed) {
            return Optional.empty();
        }
        Slot slot = pool.idle.poll();
        try {
            if (slot == null) {
                slot = newSlot();
            }
            Optional<List<Requirement>> out = slot.requirements(rules, parameters);
            if (out.isPresent()) {
                pool.idle.push(slot);
                slot = null;
            }
            return out.isPresent() && out.get() == DECLINED ? Optional.empty() : out;
        } catch (RuntimeException e) {
            // A rule failing, the fire limit passed, a fact the sessions cannot follow: the caller fires anew.
            return Optional.empty();
        } finally {
            if (slot != null) {
                slot.dispose();
            }
        }
    }

    private Slot newSlot() {
        Slot slot = new Slot();
        try {
            List<Parameter> central = engine.catalogue().parameters(options.sectors());
            central.forEach(p -> slot.current.put(key(p), p));
            for (List<UnitFact> units : partitions) {
                slot.parts.add(new Part(units, central));
            }
            return slot;
        } catch (RuntimeException e) {
            slot.dispose();
            throw e;
        }
    }

    private static String key(Parameter p) {
        return p.standard() + '\u0000' + p.name();
    }

    /** One session per partition, holding the same parameters. */
    private final class Slot {
        final List<Part> parts = new ArrayList<>();
        final Map<String, Parameter> current = new HashMap<>();

        Optional<List<Requirement>> requirements(Set<String> rules, List<Parameter> parameters) {
            List<Parameter> changed = new ArrayList<>();
            for (Parameter p : parameters) {
                Parameter was = current.get(key(p));
                if (was == null) {
                    return Optional.empty();
                }
                if (!was.equals(p)) {
                    changed.add(p);
                }
            }
            if (parameters.size() != current.size()) {
                return Optional.empty();
            }
            int takenOut = 0;
            for (Part part : parts) {
                takenOut += part.takenOut(changed, worthwhile - takenOut);
            }
            if (takenOut > worthwhile) {
                // Firing that many again costs more than a new session's inserting every unit: the caller fires one,
                // and this slot stays as it is (not moved to a state as costly to leave).
                return Optional.of(DECLINED);
            }
            for (Part part : parts) {
                part.fire(changed);
            }
            changed.forEach(p -> current.put(key(p), p));
            List<Requirement> out = new ArrayList<>();
            for (Part part : parts) {
                part.collect(rules, out);
            }
            return Optional.of(out);
        }

        void dispose() {
            parts.forEach(p -> p.session.dispose());
        }
    }

    /** A requirement a rule inserted in a session, while it is there. */
    private static final class Made {
        final FactHandle handle;
        final String rule;
        final Requirement requirement;
        /** The requirement as the evaluation takes it (checked, its supply widened): made at the first what-if. */
        Requirement finished;
        boolean live = true;

        Made(FactHandle handle, String rule, Requirement requirement) {
            this.handle = handle;
            this.rule = rule;
            this.requirement = requirement;
        }
    }

    /** Thrown from a listener when the session does what the kept sessions cannot follow, or passes the limit. */
    private static final class Unfollowable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unfollowable() {
            super("not followed", null, false, false);
        }
    }

    /** One partition's session and what its rules made from which facts. */
    private final class Part {
        final KieSession session;
        final Set<UnitCode> codes = new HashSet<>();
        final Map<String, FactHandle> parameters = new HashMap<>();
        /**
         * The requirements made by a match holding each parameter or requirement (by handle): those to take out when
         * it is replaced or taken out. Units are left out (they never change); entries no longer live are skipped.
         */
        final Map<FactHandle, List<Made>> madeFrom = new IdentityHashMap<>();
        /** The live requirements of each rule. */
        final Map<String, Set<Made>> byRule = new HashMap<>();
        Match firing;
        long spent;

        Part(List<UnitFact> units, List<Parameter> central) {
            session = engine.kieBase().newKieSession();
            try {
                session.addEventListener(new DefaultRuleRuntimeEventListener() {
                    @Override
                    public void objectInserted(ObjectInsertedEvent event) {
                        if (event.getRule() == null) {
                            return;
                        }
                        spend();
                        if (!(event.getObject() instanceof Requirement r) || firing == null) {
                            throw new Unfollowable();
                        }
                        Made m = new Made(event.getFactHandle(), event.getRule().getName(), r);
                        byRule.computeIfAbsent(m.rule, k -> new LinkedHashSet<>()).add(m);
                        for (FactHandle h : firing.getFactHandles()) {
                            if (!(h.getObject() instanceof UnitFact)) {
                                List<Made> list = madeFrom.computeIfAbsent(h, k -> new ArrayList<>());
                                int n = list.size();
                                if (n >= 64 && (n & (n - 1)) == 0) {
                                    list.removeIf(x -> !x.live);
                                }
                                list.add(m);
                            }
                        }
                    }

                    @Override
                    public void objectUpdated(ObjectUpdatedEvent event) {
                        if (event.getRule() != null) {
                            throw new Unfollowable();
                        }
                    }

                    @Override
                    public void objectDeleted(ObjectDeletedEvent event) {
                        if (event.getRule() != null) {
                            throw new Unfollowable();
                        }
                    }
                });
                session.addEventListener(new DefaultAgendaEventListener() {
                    @Override
                    public void matchCreated(MatchCreatedEvent event) {
                        spend();
                    }

                    @Override
                    public void beforeMatchFired(BeforeMatchFiredEvent event) {
                        firing = event.getMatch();
                    }

                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent event) {
                        firing = null;
                    }
                });
                for (Parameter p : central) {
                    parameters.put(key(p), session.insert(p));
                }
                for (UnitFact u : units) {
                    codes.add(u.code());
                    session.insert(u);
                }
                fireAll();
            } catch (RuntimeException e) {
                session.dispose();
                throw e;
            }
        }

        private void spend() {
            if (++spent > options.fireLimit()) {
                throw new Unfollowable();
            }
        }

        private void fireAll() {
            spent = 0;
            Object metadataBefore = Requirement.keepRuleMetadata();
            try {
                int limit = (int) Math.min(Integer.MAX_VALUE, options.fireLimit());
                int fired = session.fireAllRules(match -> fires.test(match.getRule().getName()), limit);
                if (fired >= limit) {
                    throw new Unfollowable();
                }
            } finally {
                firing = null;
                Requirement.forgetRuleMetadata(metadataBefore);
            }
        }

        /**
         * How many requirements replacing these parameters takes out (and so, about, how many fire again), counted up
         * to one more than {@code most}.
         */
        int takenOut(List<Parameter> changed, int most) {
            Set<Made> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            Deque<FactHandle> todo = new ArrayDeque<>();
            for (Parameter p : changed) {
                todo.add(parameters.get(key(p)));
            }
            while (!todo.isEmpty()) {
                for (Made m : madeFrom.getOrDefault(todo.pop(), List.of())) {
                    if (m.live && seen.add(m)) {
                        if (seen.size() > most) {
                            return seen.size();
                        }
                        todo.push(m.handle);
                    }
                }
            }
            return seen.size();
        }

        /** Replaces the changed parameters, takes out what was made from them, and fires. */
        void fire(List<Parameter> changed) {
            if (changed.isEmpty()) {
                return;
            }
            Deque<FactHandle> todo = new ArrayDeque<>();
            for (Parameter p : changed) {
                todo.add(parameters.get(key(p)));
            }
            while (!todo.isEmpty()) {
                List<Made> made = madeFrom.remove(todo.pop());
                if (made == null) {
                    continue;
                }
                for (Made m : made) {
                    if (m.live) {
                        m.live = false;
                        byRule.get(m.rule).remove(m);
                        session.delete(m.handle);
                        todo.push(m.handle);
                    }
                }
            }
            for (Parameter p : changed) {
                session.update(parameters.get(key(p)), p);
            }
            fireAll();
        }

        /** Adds the live requirements of these rules, checked and their supply widened as a new session's. */
        void collect(Set<String> rules, List<Requirement> out) {
            // Requirements finished together share equal inputs texts, as a new session's do.
            Map<String, String> texts = new HashMap<>();
            for (String rule : rules) {
                for (Made m : byRule.getOrDefault(rule, Set.of())) {
                    Requirement r = m.finished;
                    if (r == null) {
                        engine.check(m.requirement, codes);
                        r = m.requirement.withSupply(engine.catalogue().countedSupply(m.requirement.supply(),
                                m.requirement.measure()), texts);
                        m.finished = r;
                    }
                    out.add(r);
                }
            }
        }
    }
}
