//! Hostile solutions (Python): each gets its verdict within its limit plus a margin, leaves no
//! process behind, and the next solution is judged right away. Run as root here and in CI,
//! where each run gets a pids cgroup and a network namespace of its own.

mod sandboxed;

use sandboxed::{suite, Prep};

#[test]
fn a_fork_bomb_is_contained_and_cleaned_up() {
    suite::a_fork_bomb_is_contained_and_cleaned_up(&Prep::new());
}

#[test]
fn a_daemonised_grandchild_does_not_survive() {
    suite::a_daemonised_grandchild_does_not_survive(&Prep::new());
}

#[test]
fn no_network_even_to_loopback() {
    suite::no_network_even_to_loopback(&Prep::new());
}

#[test]
fn a_solution_writing_into_home_touches_only_its_run_folder() {
    suite::a_solution_writing_into_home_touches_only_its_run_folder(&Prep::new());
}

#[test]
fn hostile_programs_get_their_verdicts_in_python_and_cpp() {
    suite::hostile_programs_get_their_verdicts_in_python_and_cpp(&Prep::new());
}

#[test]
fn a_cpp_fork_bomb_and_daemon_are_contained() {
    suite::a_cpp_fork_bomb_and_daemon_are_contained(&Prep::new());
}

#[test]
fn a_huge_static_array_is_a_memory_limit() {
    suite::a_huge_static_array_is_a_memory_limit(&Prep::new());
}

#[test]
fn compile_bombs_and_error_floods_are_capped() {
    suite::compile_bombs_and_error_floods_are_capped(&Prep::new());
}
