//! `PrepMain.java`, generated from the signature: it reads each case from the token stream,
//! calls the user's code, and writes the answer as JSON; every call into the user's code is
//! marked so that a javac error there can be said as the call prep makes (`messages.rs`).

use std::fmt::Write as _;

use crate::types::signature::{Method, Output, Param, Role, Signature};
use crate::types::Type;

/// The fixed start of `PrepMain.java`: the case thread and the loop over cases.
const MAIN_HEAD: &str = include_str!("main_head.java");

pub(super) fn jtype(ty: &Type) -> String {
    match ty {
        Type::Int | Type::Uint32 => "int".into(),
        Type::Long => "long".into(),
        Type::Double => "double".into(),
        Type::Bool => "boolean".into(),
        Type::String => "String".into(),
        Type::Char => "char".into(),
        Type::Void => "void".into(),
        Type::Array(inner) => format!("{}[]", jtype(inner)),
        Type::List(inner) => format!("List<{}>", boxed(inner)),
        Type::ListNode => "ListNode".into(),
        Type::TreeNode => "TreeNode".into(),
        Type::Node | Type::RandomNode => "Node".into(),
    }
}

pub(super) fn boxed(ty: &Type) -> String {
    match ty {
        Type::Int | Type::Uint32 => "Integer".into(),
        Type::Long => "Long".into(),
        Type::Double => "Double".into(),
        Type::Bool => "Boolean".into(),
        Type::Char => "Character".into(),
        other => jtype(other),
    }
}

fn mangle(ty: &Type) -> String {
    match ty {
        Type::Int => "int".into(),
        Type::Uint32 => "u32".into(),
        Type::Long => "long".into(),
        Type::Double => "dbl".into(),
        Type::Bool => "bool".into(),
        Type::String => "str".into(),
        Type::Char => "chr".into(),
        Type::Void => "void".into(),
        Type::Array(inner) => format!("A_{}", mangle(inner)),
        Type::List(inner) => format!("L_{}", mangle(inner)),
        Type::ListNode => "ln".into(),
        Type::TreeNode => "tn".into(),
        Type::Node => "gn".into(),
        Type::RandomNode => "rn".into(),
    }
}

/// `new T[n]` for an array of `elem`, legal also where `elem` is generic.
pub(super) fn new_array(elem: &str, n: &str) -> String {
    let (base, dims) = match elem.find('[') {
        Some(i) => (&elem[..i], &elem[i..]),
        None => (elem, ""),
    };
    match base.find('<') {
        Some(i) => format!("({elem}[]) new {}[{n}]{dims}", &base[..i]),
        None => format!("new {base}[{n}]{dims}"),
    }
}

/// PrepMain.java and what each of its calls into the user's code is.
pub(super) struct Harness {
    pub(super) text: String,
    /// By the `// prep-call N` marker on the line of each call: what prep calls there.
    pub(super) calls: Vec<String>,
}

#[derive(Default)]
struct Gen {
    helpers: std::collections::BTreeMap<String, String>,
    calls: Vec<String>,
}

impl Gen {
    /// An expression that reads one value of `ty` from the token stream.
    fn read(&mut self, ty: &Type) -> String {
        match ty {
            Type::Int => "PrepRt.i32()".into(),
            Type::Uint32 => "PrepRt.u32()".into(),
            Type::Long => "PrepRt.i64()".into(),
            Type::Double => "PrepRt.f64()".into(),
            Type::Bool => "PrepRt.bool()".into(),
            Type::String => "PrepRt.str()".into(),
            Type::Char => "PrepRt.chr()".into(),
            Type::Void => "null".into(),
            Type::ListNode => "PrepList.read()".into(),
            Type::TreeNode => "PrepTree.read(null)".into(),
            Type::Node => "PrepGraph.read()".into(),
            Type::RandomNode => "PrepRandom.read()".into(),
            Type::Array(inner) | Type::List(inner) => {
                let name = format!("r_{}", mangle(ty));
                if !self.helpers.contains_key(&name) {
                    let element = self.read(inner);
                    let t = jtype(ty);
                    let body = if matches!(ty, Type::Array(_)) {
                        format!(
                            "        {t} a = {};\n        for (int i = 0; i < n; i++) {{\n            a[i] = {element};\n        }}\n",
                            new_array(&jtype(inner), "n")
                        )
                    } else {
                        format!(
                            "        {t} a = new ArrayList<{}>(n);\n        for (int i = 0; i < n; i++) {{\n            a.add({element});\n        }}\n",
                            boxed(inner)
                        )
                    };
                    self.helpers.insert(
                        name.clone(),
                        format!("    static {t} {name}() {{\n        int n = PrepRt.len();\n{body}        return a;\n    }}\n"),
                    );
                }
                format!("{name}()")
            }
        }
    }

    /// A statement that appends the JSON of `v` (of type `ty`) to `o`.
    fn write(&mut self, ty: &Type, o: &str, v: &str) -> String {
        match ty {
            Type::Uint32 => format!("PrepRt.wu32({o}, {v});"),
            Type::Int | Type::Long | Type::Double | Type::Bool | Type::String | Type::Char => {
                format!("PrepRt.w({o}, {v});")
            }
            Type::Void => format!("{o}.append(\"null\");"),
            Type::ListNode => format!("PrepList.write({o}, {v});"),
            Type::TreeNode => format!("PrepTree.write({o}, {v});"),
            Type::Node => format!("PrepGraph.write({o}, {v});"),
            Type::RandomNode => format!("PrepRandom.write({o}, {v});"),
            Type::Array(inner) | Type::List(inner) => {
                let name = format!("w_{}", mangle(ty));
                if !self.helpers.contains_key(&name) {
                    let t = jtype(ty);
                    let (each, element) = if matches!(ty, Type::Array(_)) {
                        let e = self.write(inner, "o", "v[i]");
                        ("for (int i = 0; i < v.length; i++) {\n            if (i > 0) {\n                o.append(',');\n            }".to_string(), e)
                    } else {
                        let e = self.write(inner, "o", "x");
                        (format!("boolean first = true;\n        for ({} x : v) {{\n            if (!first) {{\n                o.append(',');\n            }}\n            first = false;", boxed(inner)), e)
                    };
                    self.helpers.insert(
                        name.clone(),
                        format!("    static void {name}(StringBuilder o, {t} v) {{\n        if (v == null) {{\n            o.append(\"null\");\n            return;\n        }}\n        o.append('[');\n        {each}\n            {element}\n        }}\n        o.append(']');\n    }}\n"),
                    );
                }
                format!("{name}({o}, {v});")
            }
        }
    }

    /// Registers a call into the user's code; returns its line marker.
    fn call(&mut self, what: String) -> String {
        self.calls.push(what);
        format!(" // prep-call {}", self.calls.len() - 1)
    }
}

pub(super) fn java_params(params: &[Param]) -> String {
    params
        .iter()
        .filter(|p| !matches!(p.role, Role::CycleIn(_)))
        .map(|p| format!("{} {}", jtype(&p.ty), p.name))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn harness(sig: &Signature) -> Harness {
    let mut g = Gen::default();
    let mut body = String::new();
    match sig {
        Signature::Function {
            name,
            params,
            returns,
            output,
            ..
        } => {
            // Every value is read in signature order; node references and cycles after.
            let mut resolve = String::new();
            for (i, p) in params.iter().enumerate() {
                let t = jtype(&p.ty);
                match &p.role {
                    Role::Passed => {
                        let wants_map = params.iter().any(|q| q.role == Role::NodeIn(i));
                        if wants_map {
                            let _ = writeln!(
                                body,
                                "        HashMap<Integer, TreeNode> nodes{i} = new HashMap<Integer, TreeNode>();\n        {t} a{i} = PrepTree.read(nodes{i});"
                            );
                        } else {
                            let _ = writeln!(body, "        {t} a{i} = {};", g.read(&p.ty));
                        }
                    }
                    Role::NodeIn(j) => {
                        let _ = writeln!(body, "        int v{i} = PrepRt.i32();");
                        let _ = writeln!(resolve, "        {t} a{i} = nodes{j}.get(v{i});");
                    }
                    Role::CycleIn(j) => {
                        let _ = writeln!(body, "        int v{i} = PrepRt.i32();");
                        let _ = writeln!(resolve, "        PrepList.link(a{j}, v{i});");
                    }
                }
            }
            body.push_str(&resolve);
            let args: Vec<String> = params
                .iter()
                .enumerate()
                .filter(|(_, p)| !matches!(p.role, Role::CycleIn(_)))
                .map(|(i, _)| format!("a{i}"))
                .collect();
            let what = format!(
                "`{} {name}({})` on `Solution`",
                jtype(returns),
                java_params(params)
            );
            let marker = g.call(what);
            let call = format!("new Solution().{name}({})", args.join(", "));
            body.push_str("        PrepRt.begin();\n");
            if *returns == Type::Void {
                let _ = writeln!(body, "        try {{ {call}; }} catch (Throwable e) {{ PrepRt.fail(e, null); return; }}{marker}");
            } else {
                let _ = writeln!(body, "        {} r; try {{ r = {call}; }} catch (Throwable e) {{ PrepRt.fail(e, null); return; }}{marker}", jtype(returns));
            }
            body.push_str("        PrepRt.stop();\n        StringBuilder o = PrepRt.out;\n");
            let written = match output {
                Output::Return => g.write(returns, "o", "r"),
                Output::Param(i) => g.write(&params[*i].ty, "o", &format!("a{i}")),
                Output::NodeValue => {
                    "if (r == null) { o.append(\"null\"); } else { o.append(r.val); }".into()
                }
            };
            let _ = writeln!(body, "        {written}");
        }
        Signature::Class {
            name,
            methods,
            roundtrip: Some(codec),
            ..
        } => {
            let (enc, dec) = (&methods[codec.encode], &methods[codec.decode]);
            for (i, p) in enc.params.iter().enumerate() {
                let _ = writeln!(body, "        {} a{i} = {};", jtype(&p.ty), g.read(&p.ty));
            }
            let args: Vec<String> = (0..enc.params.len()).map(|i| format!("a{i}")).collect();
            body.push_str("        PrepRt.begin();\n");
            let m1 = g.call(format!(
                "`{} {}({})` on `{name}`",
                jtype(&enc.returns),
                enc.name,
                java_params(&enc.params)
            ));
            let m2 = g.call(format!(
                "`{} {}({})` on a second `{name}`",
                jtype(&dec.returns),
                dec.name,
                java_params(&dec.params)
            ));
            let _ = writeln!(
                body,
                "        {} d; try {{ d = new {name}().{}({}); }} catch (Throwable e) {{ PrepRt.fail(e, null); return; }}{m1}",
                jtype(&enc.returns),
                enc.name,
                args.join(", ")
            );
            let _ = writeln!(
                body,
                "        {} r; try {{ r = new {name}().{}(d); }} catch (Throwable e) {{ PrepRt.fail(e, null); return; }}{m2}",
                jtype(&dec.returns),
                dec.name
            );
            body.push_str("        PrepRt.stop();\n        StringBuilder o = PrepRt.out;\n");
            let _ = writeln!(body, "        {}", g.write(&dec.returns, "o", "r"));
        }
        Signature::Class {
            name,
            constructor,
            methods,
            roundtrip: None,
        } => class_case(&mut g, &mut body, name, constructor, methods),
    }
    let mut text = String::from(MAIN_HEAD);
    text.push_str("    static void one() {\n");
    text.push_str(&body);
    text.push_str("    }\n");
    for helper in g.helpers.values() {
        text.push('\n');
        text.push_str(helper);
    }
    text.push_str("}\n");
    Harness {
        text,
        calls: g.calls,
    }
}

fn class_case(
    g: &mut Gen,
    body: &mut String,
    name: &str,
    constructor: &[Param],
    methods: &[Method],
) {
    body.push_str("        int n = PrepRt.len();\n");
    for (i, p) in constructor.iter().enumerate() {
        let _ = writeln!(body, "        {} c{i} = {};", jtype(&p.ty), g.read(&p.ty));
    }
    body.push_str("        int[] op = new int[n];\n        Object[][] av = new Object[n][];\n        for (int i = 1; i < n; i++) {\n            String name = PrepRt.str();\n            switch (name) {\n");
    for (m, method) in methods.iter().enumerate() {
        let reads: Vec<String> = method.params.iter().map(|p| g.read(&p.ty)).collect();
        let _ = writeln!(
            body,
            "                case \"{}\": op[i] = {m}; av[i] = new Object[] {{{}}}; break;",
            method.name,
            reads.join(", ")
        );
    }
    body.push_str("                default: op[i] = -1; av[i] = new Object[0]; break;\n            }\n        }\n");
    let cargs: Vec<String> = (0..constructor.len()).map(|i| format!("c{i}")).collect();
    let marker = g.call(format!("`new {name}({})`", java_params(constructor)));
    body.push_str("        StringBuilder o = PrepRt.out;\n        PrepRt.begin();\n");
    let _ = writeln!(
        body,
        "        {name} obj; try {{ obj = new {name}({}); }} catch (Throwable e) {{ PrepRt.fail(e, null); return; }}{marker}",
        cargs.join(", ")
    );
    body.push_str("        o.append(\"[null\");\n        for (int i = 1; i < n; i++) {\n            Object[] a = av[i];\n            try {\n                switch (op[i]) {\n");
    for (m, method) in methods.iter().enumerate() {
        let args: Vec<String> = method
            .params
            .iter()
            .enumerate()
            .map(|(j, p)| format!("({}) a[{j}]", boxed(&p.ty)))
            .collect();
        let marker = g.call(format!(
            "`{} {}({})` on `{name}`",
            jtype(&method.returns),
            method.name,
            java_params(&method.params)
        ));
        let call = format!("obj.{}({})", method.name, args.join(", "));
        if method.returns == Type::Void {
            let _ = writeln!(body, "                    case {m}: {{ {call};{marker}\n                        o.append(\",null\"); break; }}");
        } else {
            let w = g.write(&method.returns, "o", "r");
            let _ = writeln!(
                body,
                "                    case {m}: {{ {} r = {call};{marker}\n                        o.append(','); {w} break; }}",
                jtype(&method.returns)
            );
        }
    }
    body.push_str("                    default: throw new IllegalStateException(\"no such method\");\n                }\n            } catch (PrepBadOutput e) {\n                throw e;\n            } catch (Throwable e) {\n                PrepRt.fail(e, e instanceof OutOfMemoryError ? null : describe(i, op[i], a));\n                return;\n            }\n        }\n        PrepRt.stop();\n        o.append(']');\n    }\n\n");
    // The call an exception happened in, as `in call 3: push(5)`.
    body.push_str("    static String describe(int i, int op, Object[] a) {\n        StringBuilder o = new StringBuilder(\"in call \");\n        o.append(i).append(\": \");\n        switch (op) {\n");
    for (m, method) in methods.iter().enumerate() {
        let _ = writeln!(
            body,
            "            case {m}:\n                o.append(\"{}(\");",
            method.name
        );
        for (j, p) in method.params.iter().enumerate() {
            if j > 0 {
                body.push_str("                o.append(\", \");\n");
            }
            let w = g.write(&p.ty, "o", &format!("({}) a[{j}]", boxed(&p.ty)));
            let _ = writeln!(body, "                {w}");
        }
        body.push_str("                o.append(')');\n                break;\n");
    }
    body.push_str(
        "            default:\n                break;\n        }\n        return o.toString();\n",
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generic_arrays_are_made_with_a_cast() {
        assert_eq!(new_array("int", "n"), "new int[n]");
        assert_eq!(new_array("int[]", "n"), "new int[n][]");
        assert_eq!(
            new_array("List<Integer>", "n"),
            "(List<Integer>[]) new List[n]"
        );
    }
}
