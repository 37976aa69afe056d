use std::process::ExitCode;

fn main() -> ExitCode {
    prep::run(std::env::args_os())
}
