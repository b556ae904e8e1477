//! Whole-script rules: every reference resolves, every step can be reached,
//! every conversation that ends has shown a summary and asked consent (or
//! handed over), and every condition reads a variable that something sets.

use super::diagnostic::Diagnostic;
use super::model::*;
use std::collections::{BTreeMap, BTreeSet, HashSet};

pub fn validate(script: &Script) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    check_desk(script, &mut problems);
    for flow in script.flows.values() {
        check_references(script, flow, &mut problems);
    }
    if !problems.is_empty() {
        // Reachability needs resolved references; report those first.
        return problems;
    }
    for flow in script.flows.values() {
        check_reachable_steps(flow, &mut problems);
    }
    check_used_flows(script, &mut problems);
    check_variables(script, &mut problems);
    if let Err(cycle) = call_order(script) {
        let flow = &script.flows[&cycle];
        problems.push(Diagnostic::new(
            &flow.file,
            flow.line,
            format!("flow '{cycle}' calls itself (directly or through other flows)"),
            "use `goto` inside the flow to repeat steps",
        ));
        return problems;
    }
    check_closure(script, &mut problems);
    problems
}

fn check_desk(script: &Script, problems: &mut Vec<Diagnostic>) {
    let desk = &script.desk;
    let file = &desk.file;
    let need_flow = |name: &str, what: &str, problems: &mut Vec<Diagnostic>| {
        if !script.flows.contains_key(name) {
            problems.push(Diagnostic::new(
                file,
                0,
                format!("{what} names flow '{name}', which does not exist"),
                format!("use one of: {}", script.flows.keys().cloned().collect::<Vec<_>>().join(", ")),
            ));
        }
    };
    need_flow(&desk.start, "`start`", problems);
    for i in Interrupt::ALL {
        match desk.interrupts.get(&i) {
            Some(flow) => need_flow(flow, &format!("interrupt `{}`", i.name()), problems),
            None => problems.push(Diagnostic::new(
                file,
                0,
                format!("interrupt `{}` has no flow", i.name()),
                format!("add `{}: flow_name` under interrupts", i.name()),
            )),
        }
    }
    for (lang, aliases) in &desk.menu {
        for alias in aliases {
            let ok = !alias.is_empty()
                && alias.len() <= 32
                && alias.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            if !ok || !desk.commands.contains_key(alias) {
                problems.push(Diagnostic::new(
                    file,
                    0,
                    format!("menu of '{lang}' lists '{alias}', which is not a command alias in a-z, 0-9 or _"),
                    "list an alias from `commands`",
                ));
            }
        }
    }
    if !desk.languages.iter().any(|l| l == "nl") {
        problems.push(Diagnostic::new(
            file,
            0,
            "`languages` must include nl, the source language",
            "add nl to languages",
        ));
    }
}

fn check_references(script: &Script, flow: &Flow, problems: &mut Vec<Diagnostic>) {
    let step_ids = || flow.steps.iter().map(|s| s.id.as_str()).collect::<Vec<_>>().join(", ");
    for step in &flow.steps {
        let mut targets: Vec<&String> = step.next.iter().collect();
        match &step.kind {
            StepKind::Goto(t) => targets.push(t),
            StepKind::Branch { arms, otherwise } => {
                targets.extend(arms.iter().map(|(_, t)| t));
                targets.extend(otherwise.iter());
            }
            StepKind::Call(f) if !script.flows.contains_key(f) => problems.push(Diagnostic::new(
                &flow.file,
                step.line,
                format!("step '{}' calls flow '{f}', which does not exist", step.id),
                format!("use one of: {}", script.flows.keys().cloned().collect::<Vec<_>>().join(", ")),
            )),
            _ => {}
        }
        for t in targets {
            if flow.position(t).is_none() {
                problems.push(Diagnostic::new(
                    &flow.file,
                    step.line,
                    format!("step '{}' goes to unknown step '{t}' in flow '{}'", step.id, flow.id),
                    format!("use one of: {}", step_ids()),
                ));
            }
        }
    }
}

/// Where control can go after step `i` (None = the flow returns).
fn successors(flow: &Flow, i: usize, never_returns: &dyn Fn(&str) -> bool) -> Vec<Option<usize>> {
    let step = &flow.steps[i];
    let after = || -> Option<usize> {
        match &step.next {
            Some(t) => flow.position(t),
            None => (i + 1 < flow.steps.len()).then_some(i + 1),
        }
    };
    let mut out = Vec::new();
    if step.when.is_some() {
        // A skipped step falls through to the next one in the list.
        out.push((i + 1 < flow.steps.len()).then_some(i + 1));
    }
    match &step.kind {
        StepKind::End(_) => {}
        StepKind::Goto(t) => out.push(flow.position(t)),
        StepKind::Branch { arms, otherwise } => {
            out.extend(arms.iter().map(|(_, t)| flow.position(t)));
            match otherwise {
                Some(t) => out.push(flow.position(t)),
                None => out.push(after()),
            }
        }
        StepKind::Call(f) if never_returns(f) => {}
        _ => out.push(after()),
    }
    out
}

fn check_reachable_steps(flow: &Flow, problems: &mut Vec<Diagnostic>) {
    if flow.steps.is_empty() {
        problems.push(Diagnostic::new(
            &flow.file,
            flow.line,
            format!("flow '{}' has no steps", flow.id),
            "add steps or remove the flow",
        ));
        return;
    }
    let mut seen = vec![false; flow.steps.len()];
    let mut todo = vec![0];
    while let Some(i) = todo.pop() {
        if std::mem::replace(&mut seen[i], true) {
            continue;
        }
        todo.extend(successors(flow, i, &|_| false).into_iter().flatten());
    }
    for (i, step) in flow.steps.iter().enumerate() {
        if !seen[i] {
            problems.push(Diagnostic::new(
                &flow.file,
                step.line,
                format!("step '{}' can never be reached", step.id),
                "point a `goto`, `next` or branch at it, or remove it",
            ));
        }
    }
}

fn check_used_flows(script: &Script, problems: &mut Vec<Diagnostic>) {
    let mut used: HashSet<&str> = HashSet::new();
    used.insert(&script.desk.start);
    used.extend(script.desk.interrupts.values().map(String::as_str));
    for flow in script.flows.values() {
        for step in &flow.steps {
            if let StepKind::Call(f) = &step.kind {
                used.insert(f);
            }
        }
    }
    for flow in script.flows.values() {
        if !used.contains(flow.id.as_str()) {
            problems.push(Diagnostic::new(
                &flow.file,
                flow.line,
                format!("flow '{}' is never used", flow.id),
                "call it from another flow (`call: name`), name it in desk.yaml, or remove it",
            ));
        }
    }
}

fn check_variables(script: &Script, problems: &mut Vec<Diagnostic>) {
    let mut set: BTreeSet<&str> = BTreeSet::new();
    set.insert(vars::LANG);
    for flow in script.flows.values() {
        for step in &flow.steps {
            match &step.kind {
                StepKind::Ask(a) => {
                    set.insert(&a.save);
                }
                StepKind::Set(values) => set.extend(values.keys().map(String::as_str)),
                _ => {}
            }
        }
    }
    set.extend(vars::RESERVED);
    set.extend(vars::HANDOVER_VARS);
    for flow in script.flows.values() {
        for step in &flow.steps {
            let written: Vec<&str> = match &step.kind {
                StepKind::Ask(a) => vec![a.save.as_str()],
                StepKind::Set(values) => values.keys().map(String::as_str).collect(),
                _ => Vec::new(),
            };
            for var in written.into_iter().filter(|v| vars::RESERVED.contains(v)) {
                problems.push(Diagnostic::new(
                    &flow.file,
                    step.line,
                    format!("step '{}' writes '{var}', which only triage and the safety guard may set", step.id),
                    "use an `urgency: soon|acute` step to raise urgency, or another variable name",
                ));
            }
            let mut exprs: Vec<_> = step.when.iter().collect();
            if let StepKind::Branch { arms, .. } = &step.kind {
                exprs.extend(arms.iter().map(|(e, _)| e));
            }
            let mut args: Vec<&String> = Vec::new();
            if let StepKind::Say(m) | StepKind::Summary(m) | StepKind::End(m) = &step.kind {
                args.extend(m.args.values());
            }
            if let StepKind::Ask(a) = &step.kind {
                args.extend(a.question.args.values());
            }
            let mut copied: Vec<&str> = Vec::new();
            if let StepKind::Set(values) = &step.kind {
                copied.extend(values.values().filter_map(|v| v.get("from").and_then(|f| f.as_str())));
            }
            // "heard_domains as domain": the variable is the part before " as ".
            let read = exprs
                .iter()
                .flat_map(|e| e.variables())
                .chain(args.iter().map(|s| s.split(" as ").next().unwrap_or(s).trim()))
                .chain(copied);
            for var in read {
                if !set.contains(var) {
                    problems.push(Diagnostic::new(
                        &flow.file,
                        step.line,
                        format!("step '{}' reads variable '{var}', which no step saves or sets", step.id),
                        "save it in an ask (`save:`) or a `set:` step, or fix the spelling",
                    ));
                }
            }
        }
    }
}

/// Flows in an order where every callee comes before its callers; Err(flow) on a cycle.
fn call_order(script: &Script) -> Result<Vec<String>, String> {
    fn visit(
        script: &Script,
        id: &str,
        state: &mut BTreeMap<String, u8>,
        order: &mut Vec<String>,
    ) -> Result<(), String> {
        match state.get(id) {
            Some(2) => return Ok(()),
            Some(1) => return Err(id.to_string()),
            _ => {}
        }
        state.insert(id.to_string(), 1);
        for step in &script.flows[id].steps {
            if let StepKind::Call(f) = &step.kind {
                visit(script, f, state, order)?;
            }
        }
        state.insert(id.to_string(), 2);
        order.push(id.to_string());
        Ok(())
    }
    let mut state = BTreeMap::new();
    let mut order = Vec::new();
    for id in script.flows.keys() {
        visit(script, id, &mut state, &mut order)?;
    }
    Ok(order)
}

#[derive(Default, Clone)]
struct FlowPaths {
    /// The flow can return to its caller.
    can_return: bool,
    /// It can return without having shown a summary or stored a case.
    returns_unclosed: bool,
    /// `end` steps reachable without a summary or a stored case.
    unclosed_ends: Vec<usize>,
}

/// Walk every path through one flow, tracking whether a closing step (summary,
/// case, or a call that always closes) has been passed.
fn paths(flow: &Flow, known: &BTreeMap<String, FlowPaths>) -> FlowPaths {
    let never_returns = |f: &str| known.get(f).is_some_and(|p| !p.can_return);
    let mut out = FlowPaths::default();
    let mut seen = HashSet::new();
    let mut todo = vec![(0usize, false)];
    while let Some((i, closed)) = todo.pop() {
        if !seen.insert((i, closed)) {
            continue;
        }
        let step = &flow.steps[i];
        let closes = match &step.kind {
            StepKind::Summary(_) | StepKind::Case | StepKind::Handover(_) => true,
            StepKind::Call(f) => known.get(f).is_some_and(|p| p.can_return && !p.returns_unclosed),
            _ => false,
        };
        if let StepKind::End(_) = step.kind
            && !closed
        {
            out.unclosed_ends.push(i);
        }
        for (n, next) in successors(flow, i, &never_returns).into_iter().enumerate() {
            // The first successor of a `when` step is the skip: it closes nothing.
            let skipped = step.when.is_some() && n == 0;
            let closed_after = closed || (closes && !skipped);
            match next {
                Some(j) => todo.push((j, closed_after)),
                None => {
                    out.can_return = true;
                    out.returns_unclosed |= !closed_after;
                }
            }
        }
    }
    out
}

fn check_closure(script: &Script, problems: &mut Vec<Diagnostic>) {
    let Ok(order) = call_order(script) else {
        return;
    };
    let mut known: BTreeMap<String, FlowPaths> = BTreeMap::new();
    for id in order {
        let p = paths(&script.flows[&id], &known);
        known.insert(id, p);
    }
    // The resident chose to stop: that flow may end without a summary.
    let stop_flow = script.desk.interrupts.get(&Interrupt::Stop);
    // Flows that begin a conversation must not fall off their end unclosed.
    let mut top: Vec<&String> = vec![&script.desk.start];
    for (i, f) in &script.desk.interrupts {
        if !i.returns() && Some(f) != stop_flow {
            top.push(f);
        }
    }
    for (id, p) in &known {
        let flow = &script.flows[id];
        if Some(id) != stop_flow {
            for &i in &p.unclosed_ends {
                let step = &flow.steps[i];
                problems.push(Diagnostic::new(
                    &flow.file,
                    step.line,
                    format!("step '{}' can end the conversation without a summary, consent or handover", step.id),
                    "add `call: closing` (or a summary and `case: submit`) on every path before it",
                ));
            }
        }
        if top.contains(&id) && p.returns_unclosed {
            problems.push(Diagnostic::new(
                &flow.file,
                flow.line,
                format!("flow '{id}' can end without a summary, consent or handover"),
                "end it with `call: closing`",
            ));
        }
    }
}
