//! Embeds the shipped `dialogs/` and `locales/` in the binary, so that
//! `luisterloket chat` works from any folder with no files beside it.

use std::fmt::Write;
use std::path::{Path, PathBuf};

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, ext, out);
        } else if p.extension().is_some_and(|e| e == ext) {
            out.push(p);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let mut code = String::new();
    for (name, dir, ext) in [
        ("DIALOGS", "dialogs", "yaml"),
        ("TRIAGE", "dialogs/triage", "yaml"),
        ("TRIAGE_MODEL", "dialogs/triage", "tsv"),
        ("DIRECTORY", "directory", "yaml"),
        ("LOCALES", "locales", "ftl"),
    ] {
        let mut found = Vec::new();
        // dialogs/ holds flows at its top level; its sub-folders hold other formats.
        if name == "LOCALES" {
            files(&root.join(dir), ext, &mut found);
        } else if let Ok(entries) = std::fs::read_dir(root.join(dir)) {
            found.extend(entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == ext)));
        }
        found.sort();
        writeln!(code, "pub static {name}: &[(&str, &str)] = &[").unwrap();
        for p in found {
            let rel = p.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
            writeln!(code, "    ({rel:?}, include_str!({:?})),", p.to_string_lossy()).unwrap();
        }
        writeln!(code, "];").unwrap();
        println!("cargo:rerun-if-changed={dir}");
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("embedded.rs");
    std::fs::write(out, code).unwrap();
}
