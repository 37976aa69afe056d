int main() {
    prep_h::start_up();
    while (prep_h::in().more()) {
        long long k = prep_h::in().integer();
        prep_run_case(k);
    }
    return 0;
}
