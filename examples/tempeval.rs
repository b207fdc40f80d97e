//! TempEval-3 Task A evaluation (draft: writes system TimeML for te3score.py).
use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let gold = PathBuf::from(&args[0]);
    let out = PathBuf::from(&args[1]);
    std::fs::create_dir_all(&out).unwrap();
    let (documents, errors) = chronicle::load_all(&[&gold]);
    for e in errors { eprintln!("{e}"); }
    for d in &documents {
        let t = chronicle::tag(d);
        let name = d.path().unwrap().file_name().unwrap();
        std::fs::write(out.join(name), chronicle::render::timeml(d, &t.timexes)).unwrap();
    }
}
