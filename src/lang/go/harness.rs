//! `prep_main.go`, generated from the signature: it reads each case from the token stream,
//! calls the user's code under LeetCode's Go names and types, and writes the answer. The
//! static runtime (`runtime.go`) and the node types the signature needs (`list.go`, ...) are
//! files beside it in the build.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::types::signature::{Method, Output, Param, Role, Signature};
use crate::types::Type;

/// The Go type of docs/contract.md section 2, as LeetCode writes it.
pub(super) fn go_type(ty: &Type) -> String {
    match ty {
        Type::Int => "int".into(),
        Type::Long => "int64".into(),
        Type::Uint32 => "uint32".into(),
        Type::Double => "float64".into(),
        Type::Bool => "bool".into(),
        Type::String => "string".into(),
        Type::Char => "byte".into(),
        Type::Void => String::new(),
        Type::Array(inner) | Type::List(inner) => format!("[]{}", go_type(inner)),
        Type::ListNode => "*ListNode".into(),
        Type::TreeNode => "*TreeNode".into(),
        Type::Node | Type::RandomNode => "*Node".into(),
    }
}

/// A parameter's name in the template: Go's keywords made usable.
pub(super) fn arg_name(name: &str) -> String {
    const KEYWORDS: &[&str] = &[
        "break",
        "case",
        "chan",
        "const",
        "continue",
        "default",
        "defer",
        "else",
        "fallthrough",
        "for",
        "func",
        "go",
        "goto",
        "if",
        "import",
        "interface",
        "map",
        "package",
        "range",
        "return",
        "select",
        "struct",
        "switch",
        "type",
        "var",
    ];
    if KEYWORDS.contains(&name) {
        format!("{name}_")
    } else {
        name.to_string()
    }
}

/// LeetCode's Go name of a design class's method: exported (`getMin` -> `GetMin`), except a
/// codec's, which LeetCode leaves as they are (`serialize`, `deserialize`).
pub(super) fn method_name(sig: &Signature, m: &Method) -> String {
    if matches!(
        sig,
        Signature::Class {
            roundtrip: Some(_),
            ..
        }
    ) {
        return m.name.clone();
    }
    let mut chars = m.name.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_ascii_uppercase().to_string() + chars.as_str()
    })
}

fn params_list(params: &[Param]) -> String {
    params
        .iter()
        .filter(|p| p.is_argument())
        .map(|p| format!("{} {}", arg_name(&p.name), go_type(&p.ty)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn returns_suffix(ty: &Type) -> String {
    if *ty == Type::Void {
        String::new()
    } else {
        format!(" {}", go_type(ty))
    }
}

/// `func twoSum(nums []int, target int) []int`
pub(super) fn function_line(name: &str, params: &[Param], returns: &Type) -> String {
    format!(
        "func {name}({}){}",
        params_list(params),
        returns_suffix(returns)
    )
}

/// `func Constructor() MinStack`
pub(super) fn constructor_line(class: &str, params: &[Param]) -> String {
    format!("func Constructor({}) {class}", params_list(params))
}

/// `func (this *MinStack) Push(val int)`
pub(super) fn method_line(sig: &Signature, class: &str, m: &Method) -> String {
    format!(
        "func (this *{class}) {}({}){}",
        method_name(sig, m),
        params_list(&m.params),
        returns_suffix(&m.returns)
    )
}

/// The Go zero value a scaffold returns.
pub(super) fn zero_value(ty: &Type) -> &'static str {
    match ty {
        Type::Int | Type::Long | Type::Uint32 | Type::Double => "0",
        Type::Bool => "false",
        Type::String => "\"\"",
        Type::Char => "0",
        Type::Void => "",
        Type::Array(_) | Type::List(_) | Type::ListNode | Type::TreeNode => "nil",
        Type::Node | Type::RandomNode => "nil",
    }
}

/// Readers of the types a harness needs, one Go function per slice type.
#[derive(Default)]
struct Readers {
    funcs: BTreeMap<String, String>,
}

impl Readers {
    /// A Go expression reading one value of `ty` from the token stream.
    fn read(&mut self, ty: &Type) -> String {
        match ty {
            Type::Int => "int(prepIn.integer())".into(),
            Type::Long => "prepIn.integer()".into(),
            Type::Uint32 => "uint32(prepIn.integer())".into(),
            Type::Double => "prepIn.float()".into(),
            Type::Bool => "prepIn.boolean()".into(),
            Type::String => "prepIn.str()".into(),
            Type::Char => "prepIn.char()".into(),
            Type::Void => "nil".into(),
            Type::ListNode => "prepReadList()".into(),
            Type::TreeNode => "prepReadTree()".into(),
            Type::Node => "prepReadGraph()".into(),
            Type::RandomNode => "prepReadRandom()".into(),
            Type::Array(inner) | Type::List(inner) => {
                let go = go_type(ty);
                let name = format!(
                    "prepRead{}",
                    go.replace("[]", "S").replace('*', "P").replace(' ', "")
                );
                if !self.funcs.contains_key(&name) {
                    let element = self.read(inner);
                    self.funcs.insert(
                        name.clone(),
                        format!(
                            "func {name}() {go} {{\n\tv := make({go}, prepIn.length())\n\tfor i := range v {{\n\t\tv[i] = {element}\n\t}}\n\treturn v\n}}\n"
                        ),
                    );
                }
                format!("{name}()")
            }
        }
    }
}

/// The generated `prep_main.go`.
pub(super) fn generate(sig: &Signature) -> String {
    let mut r = Readers::default();
    let mut body = String::new();
    match sig {
        Signature::Function {
            name,
            params,
            returns,
            output,
            ..
        } => {
            body.push_str("func prepRunCase(k int) {\n");
            read_params(&mut body, &mut r, params);
            let args: Vec<String> = params
                .iter()
                .enumerate()
                .filter(|(_, p)| p.is_argument())
                .map(|(i, _)| format!("a{i}"))
                .collect();
            let call = format!("{name}({})", args.join(", "));
            body.push_str("\tprepCase(k, nil, func(j *prepJSON) {\n");
            match output {
                Output::Param(i) => {
                    let _ = writeln!(body, "\t\t{call}\n\t\tprepPut(j, a{i})");
                }
                Output::NodeValue => {
                    let _ = writeln!(
                        body,
                        "\t\tr := {call}\n\t\tif r == nil {{\n\t\t\tj.raw(\"null\")\n\t\t}} else {{\n\t\t\tprepPut(j, r.Val)\n\t\t}}"
                    );
                }
                Output::Return if *returns == Type::Void => {
                    let _ = writeln!(body, "\t\t{call}\n\t\tj.raw(\"null\")");
                }
                Output::Return => {
                    let _ = writeln!(body, "\t\tprepPut(j, {call})");
                }
            }
            body.push_str("\t})\n}\n");
        }
        Signature::Class {
            methods,
            roundtrip: Some(codec),
            ..
        } => {
            let (enc, dec) = (&methods[codec.encode], &methods[codec.decode]);
            body.push_str("func prepRunCase(k int) {\n");
            read_params(&mut body, &mut r, &enc.params);
            let args: Vec<String> = (0..enc.params.len()).map(|i| format!("a{i}")).collect();
            let _ = writeln!(
                body,
                "\tprepCase(k, nil, func(j *prepJSON) {{\n\t\tprepEnc := Constructor()\n\t\tprepDec := Constructor()\n\t\tprepData := prepEnc.{}({})\n\t\tprepPut(j, prepDec.{}(prepData))\n\t}})\n}}",
                method_name(sig, enc),
                args.join(", "),
                method_name(sig, dec)
            );
        }
        Signature::Class {
            constructor,
            methods,
            ..
        } => {
            // The arguments of a call, read as JSON: for a failed call's message, and to
            // skip the rest of a case after it.
            body.push_str(
                "func prepArgs(op string) string {\n\tvar args []string\n\tswitch op {\n",
            );
            for m in methods {
                let _ = writeln!(body, "\tcase {:?}:", m.name);
                for p in &m.params {
                    let _ = writeln!(
                        body,
                        "\t\targs = append(args, prepJSONOf({}))",
                        r.read(&p.ty)
                    );
                }
            }
            body.push_str("\t}\n\treturn strings.Join(args, \", \")\n}\n\n");
            body.push_str("func prepRunCase(k int) {\n\tops := prepIn.length()\n");
            read_params(&mut body, &mut r, constructor);
            let ctor: Vec<String> = (0..constructor.len()).map(|i| format!("a{i}")).collect();
            body.push_str("\ti, op, at := 0, \"\", prepIn.pos\n");
            body.push_str("\tdescribe := func() string {\n\t\tif i == 0 {\n\t\t\treturn \"in the constructor\"\n\t\t}\n\t\tprepIn.pos = at\n\t\treturn \"in call \" + strconv.Itoa(i) + \": \" + op + \"(\" + prepArgs(op) + \")\"\n\t}\n");
            let _ = writeln!(
                body,
                "\tok := prepCase(k, describe, func(j *prepJSON) {{\n\t\tobj := Constructor({})\n\t\tj.raw(\"[null\")\n\t\tfor i = 1; i < ops; i++ {{\n\t\t\top = prepIn.str()\n\t\t\tat = prepIn.pos\n\t\t\tj.raw(\",\")\n\t\t\tswitch op {{",
                ctor.join(", ")
            );
            for m in methods {
                let _ = writeln!(body, "\t\t\tcase {:?}:", m.name);
                let mut names = Vec::new();
                for (j, p) in m.params.iter().enumerate() {
                    let _ = writeln!(body, "\t\t\t\tp{j} := {}", r.read(&p.ty));
                    names.push(format!("p{j}"));
                }
                let call = format!("obj.{}({})", method_name(sig, m), names.join(", "));
                if m.returns == Type::Void {
                    let _ = writeln!(body, "\t\t\t\t{call}\n\t\t\t\tj.raw(\"null\")");
                } else {
                    let _ = writeln!(body, "\t\t\t\tprepPut(j, {call})");
                }
            }
            body.push_str("\t\t\t}\n\t\t}\n\t\tj.raw(\"]\")\n\t})\n");
            // A call that panicked leaves the rest of the case unread: skip it, so that the
            // next case is read from its start (`describe` already read the failed call's
            // arguments).
            body.push_str("\tif !ok {\n\t\tfor i++; i < ops; i++ {\n\t\t\tprepArgs(prepIn.str())\n\t\t}\n\t}\n}\n");
        }
    }
    let mut out = String::from(
        "// Generated by prep from the problem's signature.\n\npackage main\n\nimport (\n\t\"strconv\"\n\t\"strings\"\n)\n\nvar _, _ = strconv.Itoa, strings.Join\n\nfunc main() {\n\tprepStart()\n\tfor prepIn.more() {\n\t\tprepRunCase(prepIn.length())\n\t}\n}\n\n",
    );
    for f in r.funcs.values() {
        out.push_str(f);
        out.push('\n');
    }
    out.push_str(&body);
    out
}

/// Reads each parameter into `a<i>`, links cycles and resolves node parameters.
fn read_params(out: &mut String, r: &mut Readers, params: &[Param]) {
    for (i, p) in params.iter().enumerate() {
        match &p.role {
            Role::Passed => {
                let _ = writeln!(out, "\ta{i} := {}", r.read(&p.ty));
                if p.ty == Type::TreeNode {
                    let _ = writeln!(out, "\tmade{i} := prepTreeMade");
                }
            }
            Role::CycleIn(_) | Role::NodeIn(_) => {
                let _ = writeln!(out, "\tv{i} := prepIn.integer()");
            }
        }
    }
    for (i, p) in params.iter().enumerate() {
        match p.role {
            Role::Passed => {}
            Role::CycleIn(list) => {
                let _ = writeln!(out, "\tprepLinkCycle(a{list}, v{i})");
            }
            Role::NodeIn(tree) => {
                let _ = writeln!(out, "\ta{i} := prepFindNode(made{tree}, v{i})");
            }
        }
    }
    // Go refuses an unused variable: a tree no node parameter refers to.
    for (i, p) in params.iter().enumerate() {
        if p.role == Role::Passed && p.ty == Type::TreeNode {
            let _ = writeln!(out, "\t_ = made{i}");
        }
    }
}
