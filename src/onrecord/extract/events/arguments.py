"""Actor and recipient of a Candidate: token roles -> resolved Mentions, reciprocal and
own-forces conventions, and the subject a subjectless clause inherits."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from onrecord.actors.model import Mention
from onrecord.extract import arguments as args
from onrecord.extract.events.model import (
    CONFLICT_TYPES,
    MATERIAL_CONFLICT,
    RECIPROCAL_TYPES,
    Candidate,
)
from onrecord.extract.triggers import VERB_POS
from onrecord.ontology import state_sectors
from onrecord.pronouns import FIRST_PERSON, THIRD_PERSON_SUBJECTS


@dataclass
class RoleTokens:
    """The tokens a clause offers for each side of an event, before resolution."""

    actor: list[Token]
    recipient: list[Token]
    attack_subject: Token | None = None   # an attack noun as subject whose doer is unnamed
    subject_parties: bool = False         # "clashes between X and Y killed 12"


class ArgumentResolver:
    """EventCoder part: who acts and on whom, from the parse and the resolved actors."""

    def mentions(self, tokens: list[Token]) -> list[Mention]:
        out: list[Mention] = []
        for t in tokens:
            for m in self.actors.actors_for(t):
                if m not in out:
                    out.append(m)
        return out

    def key_of(self, ms: list[Mention]) -> frozenset:
        """The parties ``ms`` name; a capital after "in"/"near" is the city, not its government
        ("extended the curfew in Bangkok": the city is acted on, not the Thai government)."""
        return frozenset(f"place:{m.name}" if m.kind == "capital" and m.name and
                         args.where_phrase(self.doc, m.head) else args.party_key(m) for m in ms)

    @staticmethod
    def without_sponsors(tokens: list[Token]) -> list[Token]:
        """Drop sponsor modifiers ("UN-backed", "Tunisia-inspired": roles.yaml) from a noun's
        actor candidates: the sponsor is not the one who acts."""
        words = args.role_set("sponsor_participles")
        return [t for t in tokens if not (t.dep_ == "amod" and t.lower_ in words)]

    def arguments(self, cand: Candidate) -> tuple[list[Mention], list[Mention]]:
        """Actor and recipient Mentions of a candidate: the tokens its clause offers for each
        side, resolved to actors, then the reciprocal and own-forces conventions."""
        skip = {t.i for t in cand.tokens}          # the trigger's own words
        roles = self.noun_roles(cand, skip) if cand.match.kind == "noun" else \
            self.verb_roles(cand, skip)
        actors = self.actor_mentions(cand, roles, skip)
        return self.sides(cand, roles, actors, skip)

    def noun_roles(self, cand: Candidate, skip: set[int]) -> RoleTokens:
        """Role tokens of an event noun ("Tokyo's protest against ...", "talks with X")."""
        m = cand.match
        gov = cand.composed_gov
        conflictive = cand.sense.event in CONFLICT_TYPES
        actor_tok: list[Token] = []
        rec_tok: list[Token] = list(cand.recipient_tokens)
        noun = m.head
        parties = args.between_parties(noun) or list(cand.actor_tokens)
        if parties:
            actor_tok, rec_tok = parties[:1], rec_tok or parties[1:]
        own = self.without_sponsors(args.noun_actor(noun, skip))
        if cand.sense.event == "ASSAULT":
            own += [t for t in args.target_agents(noun) if t.i not in skip]
        if noun.lemma_.lower() in args.frame_set("patient_possessor_nouns") and \
                args.of_object(noun) is None:
            # "Assange's arrest", "their release": the possessor undergoes the act
            held = [t for t in own if t.dep_ == "poss"]
            own = [t for t in own if t.dep_ != "poss"]
            rec_tok = rec_tok or held
        if cand.sense.event in args.frame_set("from_actor_types"):
            own = own + [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"
                         for g in c.children if g.dep_ == "pobj"]
        if cand.sense.event in ("CONSULT", "AGREE"):
            # "the Singapore summit", "Geneva talks": a place names where, not who
            own = [t for t in own if t.dep_ not in args.NOMINAL_MODIFIER_DEPS]
        actor_tok = actor_tok or own
        if actor_tok and args.owned_by_subject(noun, actor_tok[0], self.support):
            # "the army intensified its bombardment": the clause subject names the doer
            subj = args.clause_subject(cand.clause)
            if subj is not None and self.mentions([subj]):
                actor_tok = [subj]
        if gov is not None and gov.pos_ in VERB_POS and noun.head == gov and \
                noun.dep_ in ("dobj", "nsubjpass") and cand.frame is not None:
            # "North Korea declined an invitation from Seoul": the frame verb's subject
            # acts; the noun's own party is the one answered
            subj = args.clause_subject(gov)
            if subj is not None and self.mentions([subj]):
                rec_tok = rec_tok or [t for t in actor_tok if t.i != subj.i]
                actor_tok = [subj]
        if cand.clause != noun and not self.mentions(actor_tok):
            subj = args.clause_subject(gov or cand.clause)
            if subj is not None:
                actor_tok = [subj]
        if not self.mentions(actor_tok) and noun.dep_ == "pobj" and \
                noun.head.lower_ in args.role_set("means_preps") and \
                noun.head.head.pos_ in VERB_POS and \
                noun.head.head.lemma_.lower() not in args.role_set("linking_verbs"):
            # "the army answered with a crackdown on the opposition": the means of the
            # verb's subject ("has been on board with the coup" is a stance, not a means)
            subj = args.clause_subject(noun.head.head)
            if subj is not None:
                actor_tok = [subj]
        if not self.mentions(actor_tok):
            part = args.participant(noun)        # "were engaged in heavy fighting with"
            actor_tok = [part] if part is not None else actor_tok
        of = args.of_object(noun)
        if of is not None:
            if cand.sense.event in self.of_actor_types and not self.mentions(actor_tok):
                actor_tok = [of]
            elif cand.sense.event not in self.of_actor_types or \
                    args.of_is_recipient(cand.sense.event, noun, actor_tok):
                rec_tok = rec_tok or [of]
        rec_tok = rec_tok or args.noun_recipients(noun, self.noun_rec_preps - {"of"}, skip)
        if cand.clause != noun and not rec_tok:
            rec_tok = args.verb_recipients(cand.clause, conflictive, skip)
        return RoleTokens(actor_tok, rec_tok)

    def verb_roles(self, cand: Candidate, skip: set[int]) -> RoleTokens:
        """Role tokens of a verb trigger: its subject (or the one it inherits, commands or
        names on an attack noun) and the phrases it acts on."""
        m = cand.match
        gov = cand.composed_gov
        conflictive = cand.sense.event in CONFLICT_TYPES
        actor_tok: list[Token] = []
        rec_tok: list[Token] = list(cand.recipient_tokens)
        attack_subject: Token | None = None
        commanded: Token | None = None
        subj_parties = False
        head = m.head
        subj = args.clause_subject(gov if gov is not None else head)
        if subj is None and gov is not None:
            subj = args.clause_subject(head)
        if args.bare_participle(head):
            subj = args.passive_agent(head)     # "two people reported killed": victims
        if subj is None and not args.is_passive(head) and not args.bare_participle(head):
            subj = inherited_subject(gov if gov is not None else head)
        if subj is not None and subj.tag_ in ("WDT", "WP") and subj.head.dep_ == "relcl" \
                and args.non_restrictive(subj.head) and self.lex.match(subj.head.head) is None \
                and any(args.is_party(x) and x.kind != "place"
                        for x in self.mentions([subj.head.head])):
            # "Oman, which freed the sailors": the antecedent party acts (not an event
            # noun, "the talks, which ended ...", nor a place)
            subj = subj.head.head
        asked = args.asked_party(gov, head) if cand.sense.event in args.role_set(
            "asked_party_types") else None
        if asked is not None:
            # "Libya was urged (by France) to release the hostages": the one urged is asked,
            # the "by" agent (else the state reporting it, below) asks
            subj = args.passive_agent(gov)
            rec_tok = [asked, *rec_tok]
        actor_tok = [subj] if subj is not None else []
        cmd = args.commander(head) if gov is None and cand.sense.event in \
            args.commanded_types() else None
        if cmd is not None and self.mentions([cmd[0]]):
            # "the government ordered La Prensa to suspend publication": the commanding
            # side acts, on whom the act names or else on the commanded one
            actor_tok, commanded = [cmd[0]], cmd[1]
        if subj is not None and args.is_attack_noun(subj, self.lex.nouns):
            # "a suicide attack killed 12", "Syrian air strikes hit the town": the attack is
            # no party; its doer is named on it (demonym, possessor, "by") or unknown
            actor_tok = [t for t in args.event_noun_doers(subj)
                         if not args.names_place(t) and self.mentions([t])][:1]
            attack_subject = None if actor_tok else subj
            subj_parties = bool(args.between_parties(subj))
        if gov is not None and gov.pos_ in ("NOUN", "PROPN"):
            # "Egypt renewed its appeal to Israel to end the war": the frame noun's owner,
            # else the subject of the verb that carries it, makes the appeal
            own = [t for t in args.noun_actor(gov, skip) if self.mentions([t])]
            if not own and cand.sense.event in args.frame_set("from_actor_types"):
                # "a promise from Egypt to release ...": the sender named by "from"
                own = [g for g in args.senders(gov) if self.mentions([g])]
            carrier = gov.head if gov.dep_ in ("dobj", "nsubjpass") else None
            csubj = args.clause_subject(carrier) if carrier is not None and \
                carrier.pos_ in VERB_POS else None
            if own and not (csubj is not None and self.mentions([csubj]) and
                            args.owned_by_subject(gov, own[0], self.support)):
                actor_tok = own
                if csubj is not None and carrier is not None and cand.sense.event in \
                        args.role_set("asked_party_types") and carrier.lemma_.lower() in \
                        args.role_set("request_response_verbs") and self.mentions([csubj]):
                    # "Cuba accepted an appeal by the Pope to free ...": the one who answers
                    # the appeal is the one it asks
                    rec_tok = [csubj, *rec_tok]
            elif csubj is not None and self.mentions([csubj]):
                actor_tok = [csubj]
        if subj is None and args.is_passive(head) and m.obj is not None and (
                head.lemma_.lower() in args.role_set("force_moving_verbs") or
                cand.sense.event == "MOBILIZE" or not any(
                x.head == m.obj.i and x.kind != "modified" for x in self.mentions([m.obj]))):
            # "UN sanctions against Iran were lifted": the owner of the thing acted on
            # (a party acted on is no thing: "two Somali diplomats were expelled" names
            # who underwent the act, not who did it; but a force moved or alerted is its
            # owner's own: "UN peacekeepers were shipped out", "Pakistani police were put
            # on alert", roles.yaml force_moving_verbs and PLOVER MOBILIZE)
            actor_tok = self.without_sponsors(args.noun_actor(m.obj, {m.obj.i}))
        if subj is None and args.is_passive(head) and head.lemma_.lower() in set(
                self.frames.get("passive_subject_acts", ())) and cand.sense.event in set(
                self.frames.get("passive_subject_types", ())):
            # "the guerrillas have been demobilized": they are the ones who stand down
            actor_tok = actor_tok or [c for c in head.children if c.dep_ == "nsubjpass"]
        if subj is None and not actor_tok and head.lemma_.lower() in args.role_set(
                "stance_passives") and args.passive_agent(head) is None:
            # "Vietnam is committed to peace": a stance its passive subject holds
            actor_tok = [c for c in head.children if c.dep_ == "nsubjpass"]
        if not actor_tok and subj is None:
            # "five soldiers were killed in a rebel attack": the doer the sentence names on
            # the attack it happened in
            actor_tok = [t for t in args.cause_event_doers(head, self.lex.nouns)
                         if self.mentions([t])][:1]
            if not actor_tok and conflictive and attack_subject is None:
                # ("... were killed in a suicide bombing": the attack stands for its unnamed
                # doer, as when it is the subject)
                attack_subject = args.cause_attack_noun(head, self.lex.nouns)
        if not actor_tok and subj is None:
            # "was arrested in Rwanda", "were expelled from North Korea": only a state
            # arrests or expels, so the state where it happened acts (agent not named)
            actor_tok = [t for t in args.state_action_place(head)
                         if any(x.country and x.kind in args.STATE_KINDS
                                for x in self.mentions([t]))][:1]
        if not actor_tok and subj is None and cand.sense.event in args.role_set(
                "reported_passive_types"):
            # "Kenya said Uganda had been warned against ...": an agentless passive demand or
            # warning reported by a party is that party's own
            actor_tok = [t for t in [args.reporting_party(gov if asked is not None else head)]
                         if t is not None and any(x.country and x.kind in args.STATE_KINDS
                                                  for x in self.mentions([t]))]
        if not actor_tok and subj is None:
            # "twenty activists were arrested on Sunday, Egyptian police said": with no
            # place named, the state authority reporting its own act is the one that acted
            actor_tok = self.reporting_authority(head)
        if not rec_tok and cand.sense.event == "REQUEST":
            # "Syria called for an Israeli withdrawal": the one the requested act is
            # asked of, named on the trigger's own event noun (nationality or possessor)
            rec_tok = [t for n in cand.tokens if n.i != head.i and n.pos_ == "NOUN"
                       for t in args.named_doers(n) if self.mentions([t])]
        if not rec_tok:
            rec_tok = args.verb_recipients(head, conflictive, skip)
            rec_tok += [o for t in rec_tok if t.dep_ == "dobj"
                        for o in [args.of_object(t)] if o is not None]
        elif not self.mentions(rec_tok) and args.is_passive(head):
            # "the crowd was dispersed by police using tear gas": the frame names only the
            # means, so the one the passive verb acts on is read from the verb
            rec_tok = rec_tok + args.verb_recipients(head, conflictive, skip)
        if commanded is not None and not args.own_thing(commanded) and not any(
                args.is_party(x) for x in self.mentions(rec_tok)):
            # ("ordered his men to attack": the commander's own men are not its target)
            rec_tok = [commanded, *rec_tok]
        if not rec_tok and gov is not None:
            rec_tok = args.verb_recipients(gov, conflictive, skip | {head.i})
        if not rec_tok:
            # "threatened to cut off exports to Japan", "promised to help Poland"
            for c in head.children:
                if c.dep_ == "xcomp":
                    rec_tok = args.verb_recipients(c, conflictive, skip)
                    break
        if not rec_tok and subj is not None and args.is_attack_noun(subj, self.lex.nouns):
            rec_tok = args.attack_targets(subj)      # "an attack on the embassy killed 3"
        if not rec_tok and cand.sense.event in ("REQUEST", "ACCUSE", "THREATEN"):
            comp = next((c for c in head.children if c.dep_ == "ccomp"), None)
            if comp is not None:
                s = args.clause_subject(comp)
                rec_tok = [s] if s is not None else []
        if rec_tok and cand.sense.event in args.role_set("proposal_response_types"):
            # "Norway offered a plan, but the rebels rejected it": the one who put it forward
            noun = args.proposal_antecedent(rec_tok[0])
            doers = args.proposers(noun) if noun is not None else \
                args.conjoined_act_doer(head) if cand.sense.event in ("ACCUSE", "REJECT") and \
                rec_tok[0].lower_ == "it" and rec_tok[0].dep_ == "dobj" else []
            doers = [t for t in doers if t not in actor_tok and self.mentions([t])]
            rec_tok = doers[:1] + rec_tok[1:] if doers else rec_tok
        if rec_tok and cand.sense.event in RECIPROCAL_TYPES:
            rec_tok = args.with_partners(m.head, skip) + rec_tok     # roles hook (arguments.py)
        return RoleTokens(actor_tok, rec_tok, attack_subject, subj_parties)

    def actor_mentions(self, cand: Candidate, roles: RoleTokens, skip: set[int]) -> list[Mention]:
        """The actor tokens resolved to Mentions, with the fallbacks for pronouns, relative
        pronouns, things owned by a party and unnamed agents."""
        m = cand.match
        actor_tok, attack_subject = roles.actor, roles.attack_subject
        actors = self.mentions(actor_tok)
        if not actors and attack_subject is not None:
            actors = [self.attack_phrase(attack_subject)]
        if not actors and actor_tok and actor_tok[0].lower_ in FIRST_PERSON:
            actors = self.speaker_of(actor_tok[0])      # "we have deepened our sanctions"
        elif not actors and actor_tok and actor_tok[0].lower_ in THIRD_PERSON_SUBJECTS:
            # "Norway said that it would keep the embargo": an unresolved pronoun in a
            # reported clause is its speaker when they agree (a person is "he"/"she")
            person = actor_tok[0].lower_ in ("he", "she")
            actors = [a for a in self.speaker_of(actor_tok[0])
                      if (a.kind == "person") == person or actor_tok[0].lower_ == "they"]
        if not actors and actor_tok and actor_tok[0].tag_ in ("WDT", "WP") and \
                actor_tok[0].head.dep_ == "relcl" and \
                self.lex.match(actor_tok[0].head.head) is None:
            # "the rebels, who have vowed to topple the government": the relative pronoun
            # stands for the phrase it hangs on when that names a known actor (an event noun
            # is no party: "the talks, which"; an unknown name is left as before)
            ante = actor_tok[0].head.head
            actors = [x for x in self.mentions([ante]) if (x.code or x.country)
                      and x.head == ante.i and x.kind != "pronoun"]
        if not actors and actor_tok and actor_tok[0].pos_ == "NOUN" and \
                not args.is_attack_noun(actor_tok[0], self.lex.nouns):
            # "a Security Council resolution demanding ...", "the Arab League plan calls for":
            # a thing is no party; the one named as its owner acts
            # ("a statement issued by the foreign ministry accused ...": the issuer)
            owners = [t for t in self.without_sponsors(args.noun_actor(actor_tok[0], skip))
                      + args.participle_agents(actor_tok[0])
                      if not args.names_place(t) and self.mentions([t])]
            actors = self.mentions(owners[:1])
        if not actors and actor_tok and m.kind == "verb" and actor_tok[0].dep_ == "nsubj":
            actors = self.unresolved_actor(actor_tok[0])
        if not actors and actor_tok:
            actors = self.agent_phrase(actor_tok[0])     # "hackers attacked", "... by hackers"
        if len(actors) == 1 and actors[0].kind == "pronoun" and actor_tok:
            actors = self.named_reporter(actor_tok[0], actors)
        return actors

    def sides(self, cand: Candidate, roles: RoleTokens, actors: list[Mention],
              skip: set[int]) -> tuple[list[Mention], list[Mention]]:
        """Recipients from the recipient tokens, and the reciprocal, pair and own-forces
        conventions that settle who is on which side."""
        m = cand.match
        actor_tok, rec_tok, subj_parties = roles.actor, roles.recipient, roles.subject_parties
        pair = self.actors.groups.get(m.head.i, []) if m.kind == "noun" else []
        if len(pair) > 1 and all(x.country for x in pair) and not args.between_parties(m.head) \
                and cand.sense.event in RECIPROCAL_TYPES | {"RETREAT"}:
            # "the Iran-Iraq ceasefire", "Greek-Turkish talks": a pair of countries on a noun of
            # a mutual act names its two sides, the first acting on the second (a "joint
            # Syrian-Lebanese offensive" is two acting together, so not for other types)
            actors, rec_tok = pair[:1], []
        recipients: list[Mention] = [*pair[1:]] if len(actors) == 1 and pair[:1] == actors \
            else []
        akey = self.key_of(actors)
        last_resort = False
        # an event noun is not a party ("held talks in Berlin": the talks are not Germany)
        rec_tok = [t for t in rec_tok if t.i not in skip or t.lemma_.lower() not in self.lex.nouns]
        victim: Token | None = None       # the trigger's own object naming unplaced people
        force = cand.sense.event in MATERIAL_CONFLICT
        gathering = args.gathering_object(m.head) if m.kind == "verb" and \
            cand.sense.event in args.role_set("gathering_acted_types") else None
        for t in rec_tok:
            if gathering is not None and args.describes(t, gathering) and \
                    t.head.lower_ not in args.role_set("gathering_member_preps"):
                continue          # "broke up a demonstration against Israel": what it protests
            if victim is not None and (args.describes(t, victim) or args.case_phrase(
                    t, cand.match.head, self.lex.nouns)):
                continue          # "arrested a suspect in the killing of a tourist"
            if t.dep_ == "pobj" and t.head.lower_ == "with" and cand.sense.event in (
                    "ACCUSE", "THREATEN", "REQUEST", "PROTEST") and t.head.head.i not in skip:
                # "warned in an interview with Reuters" (but the trigger's own "with": "lodged
                # a protest with Washington", CAMEO 114 complains to that party)
                continue
            if recipients and t.dep_ == "pobj" and \
                    t.lemma_.lower() in args.role_set("phrase_preposition_nouns"):
                break             # "freed 300 prisoners at the request of the Pope": the
                # principal is only a last resort, not a party beating the prisoners
            if recipients and force and t.dep_ == "pobj" and \
                    t.head.head.i == cand.match.head.i and \
                    t.head.lower_ in args.role_set("reason_preps"):
                continue          # "detained three journalists over reports on Syria": the case
            if recipients and args.border_place(t):
                # "raided their camps along the frontier with Chad": with someone acted on
                # named, the border only says where ("deployed troops along its border with
                # Burundi" names no one else: the state across it is the one faced)
                continue
            ms = [x for x in self.mentions([t]) if (x.kind != "place"
                  or cand.sense.event in MATERIAL_CONFLICT) and not (
                      cand.sense.event not in MATERIAL_CONFLICT and args.is_topic(x, self.doc))]
            if args.moved_own_force(t, ms):
                continue          # "deployed 300 troops to Mali": its own force, not a target
            if t.i in skip and ms and all(args.own_means(x, actors) for x in ms):
                continue          # "fired another ballistic missile": the trigger's own object
            if args.direct_victim(t, cand.match.head, ms):
                # "arrested the organisers of a protest outside the US embassy": a state
                # inside what is said of the people acted on does not name them
                if t.lemma_.lower() in args.role_set("people_nouns"):
                    ms = [x for x in ms if x.head < 0 or
                          not args.describes(self.doc[x.head], t, True)]
                    victim = t
                elif ms and all(x.kind == "agent" and not x.country for x in ms):
                    victim = t
            if victim is not None:
                ms = [x for x in ms if x.head < 0 or not args.describes(self.doc[x.head], victim, True)]
            if ms and (not akey or self.key_of(ms) != akey or force and all(
                    args.member_target(actors, x) for x in ms)):
                if any(args.is_party(m) for m in ms):
                    # "the defence chiefs of Peru and Chile": each country (roles hook)
                    recipients = args.add_of_parties(ms, self.mentions(args.of_parties(t)))
                    break
                # a bare agent ("reservists") or an unplaced name: only as a last resort
                if not recipients:
                    # (the verb's own object naming people stays: "freed 280 child soldiers")
                    recipients, last_resort = ms, cand.sense.event == "MOBILIZE" or \
                        not (args.direct_victim(t, cand.match.head, ms) or
                             args.named_opponent(t, cand.match.head, skip,
                                                 cand.sense.event in RECIPROCAL_TYPES))
        akeys = {self.key_of([a]) for a in actors}
        acountries = {a.country for a in actors if a.country}
        anames = {a.name for a in actors if a.name}
        # (a pronoun of the actor's country is the actor again, unless it is the object naming
        # someone else: "the president pardoned her" -> the dissident named before)
        recipients = [r for r in recipients if r not in actors and (
                          self.key_of([r]) not in akeys
                          or force and args.member_target(actors, r))
                      and not (r.kind == "pronoun" and r.country in acountries
                               and not args.names_other_person(r, anames, self.doc))
                      and not args.self_reference(actors, r, self.doc)]
        if last_resort:
            sent = self._sent_of(cand.match.head.i)
            recipients = self.context_recipient(cand, actors, sent, recipients) or recipients
        if not recipients and len(actors) == 1 and actor_tok and \
                cand.sense.event in RECIPROCAL_TYPES:
            of = args.of_object(actor_tok[0])
            if of is not None and of.conjuncts:
                seen = {self.key_of([a]) for a in actors}
                actors = actors + [x for x in self.mentions([of]) if self.key_of([x]) not in seen]
        mutual = args.reciprocal_object(m.head) if len(actors) > 1 and m.kind != "noun" \
            else None
        own = {a.country for a in actors if a.country}
        if mutual is not None and all(mutual.left_edge.i <= r.head <= args.own_words_end(mutual) or
                                      r.country in own for r in recipients):
            # "Armenia and Azerbaijan accused each other": the first acts on the others
            # (the reciprocal words themselves, "the other", name no one else, nor does a
            # thing of one of the two: "accused the other of moving troops")
            actors, recipients = actors[:1], actors[1:]
        if len(actors) > 1 and subj_parties:
            # "clashes between X and Y killed 12": X acts on Y (reciprocal), then on the victims
            actors, recipients = actors[:1], actors[1:] + recipients
        if len(actors) > 1 and cand.sense.event in RECIPROCAL_TYPES | {"ASSAULT"}:
            acs = {a.country for a in actors if a.country}
            recipients = [r for r in recipients if r.country not in acs]
        if len(actors) > 1 and cand.sense.event in RECIPROCAL_TYPES and \
                len({a.country for a in actors if a.country}) > 1 and recipients and \
                not any(r.country or args.is_party(r) for r in recipients):
            # "India and China agreed to reduce troops": two states agreeing on an unplaced
            # thing or force of theirs agree with each other (split below)
            recipients = []
        if not recipients and len(actors) > 1 and cand.sense.event in RECIPROCAL_TYPES | {
            "ASSAULT"
        } and not (cand.sense.event == "ASSAULT" and m.kind != "noun" and
                   any(t.dep_ == "dobj" and t.head == m.head and t.i not in skip
                       for t in rec_tok)):
            # ("X and Y clashed": one on the other; "X and its allies shelled villages": they
            # act together on the object, which the record leaves unnamed rather than split)
            actors, recipients = actors[:1], actors[1:]
        acs = {a.country for a in actors if a.country}
        if acs and recipients and all(r.country in acs for r in recipients):
            # own forces as object: a target named by "against" wins (roles hook, arguments.py)
            targets = args.against_targets(cand.match.head)
            if cand.sense.event == "THREATEN":
                cond = args.condition_party(cand.match.head)
                targets = ([cond] if cond is not None else []) + targets
            targets = [t for t in targets if gathering is None or not args.describes(t, gathering)]
            alt = [x for x in self.mentions(targets) if x.country and x.country not in acs]
            recipients = alt[:1] or recipients
        recipients = home_side(actors, recipients)
        actors = home_court(actors, recipients)
        return self.named_parties(actors, args.other_side(actors, recipients))

    def named_parties(self, actors: list[Mention],
                      recipients: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        """Actors and recipients with each pronoun replaced by the party it names, each party
        listed once and never on both sides ("a rebel leader and his men surrendered": "his"
        is the leader again, who neither surrenders twice nor fights himself)."""
        out_a: list[Mention] = []
        for a in map(self.antecedent, actors):
            if not any(same_span(a, x) for x in out_a):
                out_a.append(a)
        out_r: list[Mention] = []
        for r in map(self.antecedent, recipients):
            if not any(same_span(r, x) for x in out_a + out_r):
                out_r.append(r)
        return out_a, out_r

    def reporting_authority(self, verb: Token) -> list[Token]:
        """For an agentless passive state action (data/roles.yaml state_actions) whose clause is
        reported by a state institution (", police said", "the interior ministry announced"),
        that institution's subject token; else []."""
        if verb.lemma_.lower() not in args.role_set("state_actions") or \
                not args.is_passive(verb) or args.passive_agent(verb) is not None:
            return []
        reporting = args.role_set("attribution_verbs")
        att = verb.head if verb.dep_ == "ccomp" else next(
            (c for c in verb.children if c.dep_ in ("parataxis", "ccomp")
             and c.lemma_.lower() in reporting), None)
        if att is None or att.lemma_.lower() not in reporting:
            return []
        src = args.clause_subject(att)
        if src is None:
            return []
        state = state_sectors()
        found = self.mentions([src])
        if found and all(m.sector in state and m.country for m in found):
            return [src]
        return []

    def names_own_party(self, cand: Candidate) -> bool:
        """True when the trigger's own clause names a state or body it acts on ("loaned $40 million
        to Nepal to rebuild its schools": Nepal, not the purpose's object)."""
        head = cand.match.head
        if cand.match.kind != "verb":
            return False
        toks = args.verb_recipients(head, cand.sense.event in CONFLICT_TYPES,
                                    {t.i for t in cand.tokens})
        return any(args.is_party(x) for x in self.mentions(toks))


def home_side(actors: list[Mention], recipients: list[Mention]) -> list[Mention]:
    """Recipients with the domestic dyad's country: an unplaced recipient of one side of a
    state's inside (its government and forces; its rebels, opposition and people: roles.yaml
    domestic_state_sectors / domestic_people_sectors) acted on by the other side of one
    country is of that country ("Kenyan police arrested opposition activists", "Tamil rebels
    attacked an army camp"). The mention is copied: other events keep it unplaced."""
    countries = {a.country for a in actors}
    if len(countries) != 1 or None in countries:
        return recipients
    state, people = args.role_set("domestic_state_sectors"), args.role_set("domestic_people_sectors")
    if all(a.sector in state for a in actors):
        wanted = people
    elif all(a.sector in people and a.kind != "seat" for a in actors):
        wanted = state      # (a seat such as "the Pope" heads a body across states)
    else:
        return recipients
    country = next(iter(countries))
    out = []
    for r in recipients:
        if r.country is None and r.sector in wanted and r.kind in ("agent", "description") \
                and r.code == r.sector:
            r = replace(r, country=country, code=f"{country}{r.sector}",
                        reason=r.reason + f"; domestic dyad with the actor ({country})")
        out.append(r)
    return out


def home_court(actors: list[Mention], recipients: list[Mention]) -> list[Mention]:
    """Unplaced courts acting on one state's government or officials are that state's ("the
    Supreme Court ordered the government to ..."): a court judges its own state's government
    (CAMEO domestic JUD -> GOV; roles.yaml home_court_sectors). International courts are
    bodies with their own code and are not unplaced."""
    countries = {r.country for r in recipients}
    if not actors or len(countries) != 1 or None in countries or \
            not all(r.sector == "GOV" for r in recipients):
        return actors
    courts = args.role_set("home_court_sectors")
    if not all(a.country is None and a.sector in courts and a.code in (None, a.sector)
               and a.kind != "igo" for a in actors):
        return actors
    country = next(iter(countries))
    return [replace(a, country=country, code=f"{country}{a.sector}",
                    reason=a.reason + f"; court over the government of {country}") for a in actors]


def moved_force_subject(verb: Token) -> Token | None:
    """The force in "troops sent to quell the riots fired on the crowd", a reduced clause
    parsed as a main verb ("troops sent") whose purpose object carries the real main verb as a
    participle ("riots fired"): the force moved (roles.yaml force_moving_verbs) does that verb.
    Only for a moving verb with no object of its own and a participle with no "by" agent."""
    obj = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or args.is_passive(verb) or \
            args.passive_agent(verb) is not None or obj.dep_ != "dobj":
        return None
    purpose = obj.head
    if purpose.dep_ not in ("advcl", "xcomp") or not args.has_to_infinitive(purpose):
        return None
    moving = purpose.head
    if moving.dep_ != "ROOT" or moving.lemma_.lower() not in args.role_set(
            "force_moving_verbs") or any(c.dep_ == "dobj" for c in moving.children):
        return None
    return next((c for c in moving.children if c.dep_ == "nsubj"), None)


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def verbless_subject(verb: Token) -> Token | None:
    """The noun a participle hangs on when its clause has no finite verb of its own ("Kurdish
    youths resorted to throwing stones[, officials said]" parsed as the noun "youths" with
    "resorted" as its modifier): the parser took the main verb for a participle, so the noun
    is its subject. Only for a noun that is the sentence's root or hangs loosely on the
    reporting verb after it, and a participle with no "by" agent; the caller asks only for the
    act of the participle's complement ("resorted to throwing"), which an active verb governs
    ("youths arrested in X" alone stays a passive headline)."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.pos_ not in ("NOUN", "PROPN") or \
            noun.i > verb.i or args.passive_agent(verb) is not None or args.is_passive(verb):
        return None
    root = verb.sent.root
    loose = noun.head == root and root.i > verb.i and (noun.dep_ == "dep" or noun.dep_ == "nsubj"
                                                       and sum(c.dep_ == "nsubj" for c in root.children) > 1)
    if not (noun == root or loose):
        return None     # (a second subject of the reporting verb: "youths resorted ..., officials said")
    clause = verb.doc[noun.left_edge.i:verb.right_edge.i + 1]
    return None if any(t.tag_ in FINITE_TAGS for t in clause) else noun


def same_span(a: Mention, b: Mention) -> bool:
    """True when two mentions cover the same words of the text and name the same party (the
    members of a pair, "the two countries", share their words but not their party)."""
    return a is b or (a.start, a.end, a.name, a.country, a.code) == \
        (b.start, b.end, b.name, b.country, b.code)


INHERIT_DEPS = frozenset({"advcl", "conj", "xcomp", "pcomp", "dep", "parataxis"})


def inherited_subject(verb: Token, depth: int = 0) -> Token | None:
    """A subjectless clause's doer taken from the clause that governs it.

    "Troops entered Iraq, then shelled villages" (a second verb parsed as ``dep``), a verb under
    a root noun, participial and adverbial clauses: they share the governing verb's subject.
    """
    root = verb.sent.root
    if verb.dep_ == "acl" and root.pos_ in ("NOUN", "PROPN") and root.i < verb.i and \
            not args.is_passive(verb) and (verb.tag_ == "VBD" or any(
                c.dep_ == "dobj" for c in verb.children)):
        # a sentence parsed without a main verb ("The army, backed by jets, bombed the
        # town" -> root "army"): its root noun is the doer of the finite verb after it
        return root
    verbless = verbless_subject(verb) if depth else None
    if verbless is not None:
        return verbless     # (only for the act of its complement: "resorted to throwing")
    moved = moved_force_subject(verb)
    if moved is not None:
        return moved
    if verb.dep_ == "ROOT":
        return args.absorbed_subject(verb)
    if depth > 4 or verb.head == verb or verb.dep_ not in INHERIT_DEPS:
        return None
    head = verb.head
    if verb.dep_ in ("dep", "parataxis") and (verb.i < head.i or verb.tag_ != "VBD"):
        return None      # only a loosely attached second verb: "entered Iraq, then shelled"
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head
        if head.pos_ == "NOUN" and head.lemma_.lower() in args.role_set("course_nouns"):
            # "began the process of withdrawing", "with the intention of strengthening": the
            # noun's clause does the act
            head = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" \
                else head.head
    if head.pos_ not in VERB_POS:
        return None
    subj = args.clause_subject(head)
    if subj is not None and subj.dep_ != "expl":
        return subj
    return inherited_subject(head, depth + 1)
