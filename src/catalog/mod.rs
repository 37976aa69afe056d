//! The problem catalogue: the folders embedded in the binary plus the user's own
//! (`$PREP_HOME/problems`), validated into `Problem`s, looked up by slug with "did you mean".

pub mod complexity;
pub mod generators;
pub mod layout;
pub mod problem;
pub mod raw;
pub mod rules;

use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};
use thiserror::Error;

pub use problem::{Case, Checker, Difficulty, Expected, Problem, Signature};
use problem::{SolutionFile, SOLUTION_KINDS};

static EMBEDDED: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/problems");

#[derive(Debug, Error)]
pub enum CatalogError {
    #[error("{path}:{line}:{column}: {message}")]
    Parse {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: at {json_path}: {message}")]
    Invalid {
        path: String,
        json_path: String,
        message: String,
    },
    #[error("{path}: {message}")]
    Folder { path: String, message: String },
    #[error("unknown problem `{slug}`{}", did_you_mean(.suggestions))]
    UnknownSlug {
        slug: String,
        suggestions: Vec<String>,
    },
}

fn did_you_mean(suggestions: &[String]) -> String {
    match suggestions {
        [] => "; `prep list` shows them all".into(),
        [one] => format!("; did you mean `{one}`?"),
        many => format!("; did you mean one of: {}?", many.join(", ")),
    }
}

/// Every problem prep knows, in plan order.
#[derive(Debug, Default)]
pub struct Catalog {
    pub problems: Vec<Problem>,
    /// Local problem folders that could not be read; reported, never fatal for other slugs.
    pub broken: Vec<(String, CatalogError)>,
}

/// One problem folder's files, wherever they come from.
struct Folder {
    /// The folder's own name, which must be the slug.
    name: String,
    label: String,
    json: String,
    statement: Option<String>,
    solutions: Vec<SolutionFile>,
    local: bool,
}

impl Catalog {
    /// The embedded catalogue plus the problems under `local_dir` (which replace embedded ones
    /// with the same slug).
    pub fn load(local_dir: Option<&Path>) -> Result<Catalog, CatalogError> {
        let mut catalog = Catalog::default();
        for folder in embedded_folders(None) {
            catalog.problems.push(parse_folder(folder)?);
        }
        if let Some(dir) = local_dir {
            for path in local_problem_dirs(dir) {
                let slug_hint = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                match read_local(&path).and_then(parse_folder) {
                    Ok(problem) => {
                        catalog.problems.retain(|p| p.slug != problem.slug);
                        catalog.problems.push(problem);
                    }
                    Err(e) => catalog.broken.push((slug_hint, e)),
                }
            }
        }
        catalog
            .problems
            .sort_by(|a, b| (a.order, &a.slug).cmp(&(b.order, &b.slug)));
        Ok(catalog)
    }

    /// Only the problem with this slug (a local folder first), without reading the others;
    /// `None` when no folder has that name.
    pub fn load_one(local_dir: Option<&Path>, slug: &str) -> Result<Option<Problem>, CatalogError> {
        if let Some(dir) = local_dir {
            if let Some(path) = local_problem_dirs(dir)
                .into_iter()
                .find(|p| file_name(p) == slug)
            {
                return read_local(&path).and_then(parse_folder).map(Some);
            }
        }
        embedded_folders(Some(slug))
            .into_iter()
            .next()
            .map(parse_folder)
            .transpose()
    }

    /// The problem with this slug, or an error with the closest slugs.
    pub fn get(&self, slug: &str) -> Result<&Problem, CatalogError> {
        if let Some(p) = self.problems.iter().find(|p| p.slug == slug) {
            return Ok(p);
        }
        if let Some((_, e)) = self.broken.iter().find(|(s, _)| s == slug) {
            return Err(CatalogError::Folder {
                path: slug.to_string(),
                message: format!("this local problem cannot be read: {e}"),
            });
        }
        Err(CatalogError::UnknownSlug {
            slug: slug.to_string(),
            suggestions: self.suggest(slug),
        })
    }

    fn suggest(&self, slug: &str) -> Vec<String> {
        let mut scored: Vec<(f64, &str)> = self
            .problems
            .iter()
            .map(|p| {
                let mut score = strsim::jaro_winkler(slug, &p.slug);
                if p.slug.contains(slug) || p.title.to_lowercase().contains(&slug.replace('-', " "))
                {
                    score += 0.2;
                }
                (score, p.slug.as_str())
            })
            .filter(|(s, _)| *s >= 0.8)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        scored
            .into_iter()
            .take(3)
            .map(|(_, s)| s.to_string())
            .collect()
    }
}

/// The embedded problem folders (only the one named `only`, when given: its files alone
/// are copied out of the binary).
fn embedded_folders(only: Option<&str>) -> Vec<Folder> {
    let mut out = Vec::new();
    for topic in EMBEDDED.dirs() {
        for dir in topic.dirs() {
            if only.is_some_and(|name| file_name(dir.path()) != name) {
                continue;
            }
            let Some(json) = dir.get_file(dir.path().join("problem.json")) else {
                continue;
            };
            let text =
                |f: &include_dir::File<'_>| String::from_utf8_lossy(f.contents()).into_owned();
            let mut solutions = Vec::new();
            if let Some(sol) = dir.get_dir(dir.path().join("solutions")) {
                for kind in sol.dirs() {
                    for file in kind.files() {
                        solutions.push(SolutionFile {
                            kind: file_name(kind.path()),
                            file_name: file_name(file.path()),
                            source: text(file),
                        });
                    }
                }
            }
            out.push(Folder {
                name: file_name(dir.path()),
                label: format!("problems/{}/problem.json", dir.path().display()),
                json: text(json),
                statement: dir.get_file(dir.path().join("statement.md")).map(text),
                solutions,
                local: false,
            });
        }
    }
    out
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Folders holding a problem.json, at `dir/<slug>` or `dir/<topic>/<slug>`.
fn local_problem_dirs(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.join("problem.json").is_file() {
            out.push(path);
        } else if path.is_dir() {
            if let Ok(inner) = std::fs::read_dir(&path) {
                out.extend(
                    inner
                        .flatten()
                        .map(|e| e.path())
                        .filter(|p| p.join("problem.json").is_file()),
                );
            }
        }
    }
    out.sort();
    out
}

fn read_local(dir: &Path) -> Result<Folder, CatalogError> {
    let read = |path: &Path| {
        std::fs::read_to_string(path).map_err(|e| CatalogError::Folder {
            path: path.display().to_string(),
            message: e.to_string(),
        })
    };
    let json_path = dir.join("problem.json");
    let mut solutions = Vec::new();
    for kind in SOLUTION_KINDS {
        let Ok(entries) = std::fs::read_dir(dir.join("solutions").join(kind)) else {
            continue;
        };
        for entry in entries.flatten() {
            solutions.push(SolutionFile {
                kind: kind.to_string(),
                file_name: file_name(&entry.path()),
                source: read(&entry.path())?,
            });
        }
    }
    Ok(Folder {
        name: file_name(dir),
        label: json_path.display().to_string(),
        json: read(&json_path)?,
        statement: std::fs::read_to_string(dir.join("statement.md")).ok(),
        solutions,
        local: true,
    })
}

fn parse_folder(folder: Folder) -> Result<Problem, CatalogError> {
    // A newer format is refused by its version before its new fields confuse the parser.
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(&folder.json) {
        if let Some(v) = value
            .get("format_version")
            .and_then(serde_json::Value::as_u64)
        {
            if v > u64::from(problem::FORMAT_VERSION) {
                return Err(CatalogError::Invalid {
                    path: folder.label,
                    json_path: "format_version".into(),
                    message: format!(
                        "version {v} is newer than this prep understands ({}); update prep",
                        problem::FORMAT_VERSION
                    ),
                });
            }
        }
    }
    let raw: raw::RawProblem =
        serde_json::from_str(&folder.json).map_err(|e| CatalogError::Parse {
            path: folder.label.clone(),
            line: e.line(),
            column: e.column(),
            message: e
                .to_string()
                .split(" at line ")
                .next()
                .unwrap_or_default()
                .to_string(),
        })?;
    if raw.slug != folder.name {
        return Err(CatalogError::Invalid {
            path: folder.label,
            json_path: "slug".into(),
            message: format!(
                "`{}` differs from the folder's name `{}`",
                raw.slug, folder.name
            ),
        });
    }
    let statement = folder.statement.ok_or_else(|| CatalogError::Folder {
        path: folder.label.replace("problem.json", "statement.md"),
        message: "missing: every problem has a statement.md beside its problem.json".into(),
    })?;
    let mut solutions = folder.solutions;
    solutions.sort_by(|a, b| (&a.kind, &a.file_name).cmp(&(&b.kind, &b.file_name)));
    Problem::from_raw(
        raw,
        statement,
        solutions,
        folder.label.clone(),
        folder.local,
    )
    .map_err(|e| CatalogError::Invalid {
        path: folder.label,
        json_path: e.path,
        message: e.message,
    })
}

/// Parses one problem folder from disk (authors' tools and tests).
pub fn load_folder(dir: &Path) -> Result<Problem, CatalogError> {
    read_local(dir).and_then(parse_folder)
}
