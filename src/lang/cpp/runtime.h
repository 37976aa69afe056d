// prep's C++ harness runtime: reads the judge's token stream, writes JSON records on fd 3,
// captures each case's stdout in ./stdout.<k> (not so in `prep debug`'s program, PREP_DEBUG, which
// shows the case's end record on stderr). Pasted into the generated main.cpp after the
// node definitions the signature needs (PREP_LISTNODE, PREP_TREENODE, PREP_GRAPHNODE,
// PREP_RANDOMNODE) and before the user's code; everything lives in namespace prep_h so that
// no name of ours can clash with the user's.
#include <fcntl.h>
#include <unistd.h>
#include <cxxabi.h>
#if defined(__has_include)
#if __has_include(<sanitizer/asan_interface.h>) && defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#define PREP_ASAN 1
#endif
#endif

namespace prep_h {

struct BadOutput {
    std::string why;
};

// ---- input -------------------------------------------------------------------------------

struct Reader {
    std::string buf;
    size_t pos = 0;

    void skip() {
        while (pos < buf.size() && (buf[pos] == ' ' || buf[pos] == '\n')) pos++;
    }
    bool more() {
        skip();
        return pos < buf.size();
    }
    std::string word() {
        skip();
        size_t start = pos;
        while (pos < buf.size() && buf[pos] != ' ' && buf[pos] != '\n') pos++;
        return buf.substr(start, pos - start);
    }
    long long integer() {
        skip();
        bool neg = false;
        if (pos < buf.size() && buf[pos] == '-') {
            neg = true;
            pos++;
        }
        unsigned long long v = 0;
        while (pos < buf.size() && buf[pos] >= '0' && buf[pos] <= '9') v = v * 10 + (buf[pos++] - '0');
        return neg ? (long long)(0ULL - v) : (long long)v;
    }
    std::string bytes() {
        size_t len = (size_t)integer();
        pos++;  // the one space after the length
        std::string s = buf.substr(pos, len);
        pos += len;
        return s;
    }
};

inline Reader& in() {
    static Reader r;
    return r;
}

template <class T>
struct Read;
template <>
struct Read<int> {
    static int get() { return (int)in().integer(); }
};
template <>
struct Read<long long> {
    static long long get() { return in().integer(); }
};
template <>
struct Read<uint32_t> {
    static uint32_t get() { return (uint32_t)in().integer(); }
};
template <>
struct Read<bool> {
    static bool get() { return in().integer() != 0; }
};
template <>
struct Read<double> {
    static double get() { return strtod(in().word().c_str(), nullptr); }
};
template <>
struct Read<std::string> {
    static std::string get() { return in().bytes(); }
};
template <>
struct Read<char> {
    static char get() {
        std::string s = in().bytes();
        return s.empty() ? '\0' : s[0];
    }
};
template <class T>
struct Read<std::vector<T>> {
    static std::vector<T> get() {
        size_t n = (size_t)in().integer();
        std::vector<T> v;
        v.reserve(n);
        for (size_t i = 0; i < n; i++) v.push_back(Read<T>::get());
        return v;
    }
};

// Nodes made from a case's input: a returned graph or random list that shares one is aliased.
inline std::unordered_set<const void*>& input_nodes() {
    static std::unordered_set<const void*> s;
    return s;
}

#ifdef PREP_LISTNODE
template <>
struct Read<ListNode*> {
    static ListNode* get() {
        size_t n = (size_t)in().integer();
        std::vector<long long> vals(n);
        for (size_t i = 0; i < n; i++) vals[i] = in().integer();
        ListNode* head = nullptr;
        for (size_t i = n; i-- > 0;) head = new ListNode((int)vals[i], head);
        return head;
    }
};
#endif

#ifdef PREP_TREENODE
inline std::vector<TreeNode*>& tree_made() {
    static std::vector<TreeNode*> v;
    return v;
}
template <>
struct Read<TreeNode*> {
    static TreeNode* get() {
        size_t n = (size_t)in().integer();
        std::vector<std::string> items(n);
        for (size_t i = 0; i < n; i++) items[i] = in().word();
        tree_made().clear();
        if (n == 0 || items[0] == "n") return nullptr;
        TreeNode* root = new TreeNode(atoi(items[0].c_str()));
        tree_made().push_back(root);
        std::vector<TreeNode*> queue{root};
        size_t qi = 0, i = 1;
        while (i < n && qi < queue.size()) {
            TreeNode* parent = queue[qi++];
            if (items[i] != "n") {
                parent->left = new TreeNode(atoi(items[i].c_str()));
                queue.push_back(parent->left);
                tree_made().push_back(parent->left);
            }
            i++;
            if (i < n && items[i] != "n") {
                parent->right = new TreeNode(atoi(items[i].c_str()));
                queue.push_back(parent->right);
                tree_made().push_back(parent->right);
            }
            i++;
        }
        return root;
    }
};
// The first node of `made` with value v (a NodeIn parameter), or null.
inline TreeNode* find_node(const std::vector<TreeNode*>& made, long long v) {
    for (TreeNode* t : made)
        if (t->val == v) return t;
    return nullptr;
}
#endif

#ifdef PREP_GRAPHNODE
template <>
struct Read<Node*> {
    static Node* get() {
        auto adj = Read<std::vector<std::vector<int>>>::get();
        if (adj.empty()) return nullptr;
        std::vector<Node*> made;
        for (size_t i = 0; i < adj.size(); i++) made.push_back(new Node((int)i + 1));
        for (size_t i = 0; i < adj.size(); i++)
            for (int j : adj[i]) made[i]->neighbors.push_back(made[j - 1]);
        for (Node* m : made) input_nodes().insert(m);
        return made[0];
    }
};
#endif

#ifdef PREP_RANDOMNODE
template <>
struct Read<Node*> {
    static Node* get() {
        size_t n = (size_t)in().integer();
        std::vector<Node*> made;
        std::vector<long long> rnd(n);
        for (size_t i = 0; i < n; i++) {
            made.push_back(new Node((int)in().integer()));
            rnd[i] = in().integer();
        }
        for (size_t i = 0; i < n; i++) {
            if (i + 1 < n) made[i]->next = made[i + 1];
            made[i]->random = rnd[i] >= 0 ? made[rnd[i]] : nullptr;
            input_nodes().insert(made[i]);
        }
        return n ? made[0] : nullptr;
    }
};
#endif

// ---- output ------------------------------------------------------------------------------

inline void escape(std::string& out, const std::string& s) {
    out.push_back('"');
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) {
                    char b[8];
                    snprintf(b, sizeof b, "\\u%04x", c);
                    out += b;
                } else {
                    out.push_back((char)c);
                }
        }
    }
    out.push_back('"');
}

struct Json {
    std::string out;
    bool aliased = false;
};

inline void put(Json& j, int v) { j.out += std::to_string(v); }
inline void put(Json& j, long long v) { j.out += std::to_string(v); }
inline void put(Json& j, long v) { j.out += std::to_string(v); }
inline void put(Json& j, unsigned int v) { j.out += std::to_string(v); }
inline void put(Json& j, unsigned long v) { j.out += std::to_string(v); }
inline void put(Json& j, unsigned long long v) { j.out += std::to_string(v); }
inline void put(Json& j, bool v) { j.out += v ? "true" : "false"; }
inline void put(Json& j, double v) {
    if (!std::isfinite(v)) throw BadOutput{"the answer is not a finite number"};
    char b[32];
    snprintf(b, sizeof b, "%.17g", v);
    j.out += b;
    if (!strpbrk(b, ".eE")) j.out += ".0";
}
inline void put(Json& j, float v) { put(j, (double)v); }
inline void put(Json& j, const std::string& v) { escape(j.out, v); }
inline void put(Json& j, char v) { escape(j.out, std::string(1, v)); }
template <class T>
void put(Json& j, const std::vector<T>& v) {
    j.out.push_back('[');
    for (size_t i = 0; i < v.size(); i++) {
        if (i) j.out.push_back(',');
        put(j, v[i]);
    }
    j.out.push_back(']');
}

#ifdef PREP_LISTNODE
inline void put(Json& j, ListNode* head) {
    std::unordered_set<ListNode*> seen;
    j.out.push_back('[');
    bool first = true;
    for (ListNode* n = head; n; n = n->next) {
        if (!seen.insert(n).second) throw BadOutput{"the returned list has a cycle"};
        if (!first) j.out.push_back(',');
        first = false;
        j.out += std::to_string(n->val);
    }
    j.out.push_back(']');
}
#endif

#ifdef PREP_TREENODE
inline void put(Json& j, TreeNode* root) {
    std::vector<std::string> items;
    std::unordered_set<TreeNode*> seen;
    std::vector<TreeNode*> queue{root};
    for (size_t qi = 0; qi < queue.size(); qi++) {
        TreeNode* n = queue[qi];
        if (!n) {
            items.push_back("null");
            continue;
        }
        if (!seen.insert(n).second) throw BadOutput{"the returned tree has a cycle or a shared node"};
        items.push_back(std::to_string(n->val));
        queue.push_back(n->left);
        queue.push_back(n->right);
    }
    while (!items.empty() && items.back() == "null") items.pop_back();
    j.out.push_back('[');
    for (size_t i = 0; i < items.size(); i++) {
        if (i) j.out.push_back(',');
        j.out += items[i];
    }
    j.out.push_back(']');
}
#endif

#ifdef PREP_GRAPHNODE
inline void put(Json& j, Node* start) {
    if (!start) {
        j.out += "[]";
        return;
    }
    std::unordered_set<Node*> seen{start};
    std::vector<Node*> order{start};
    for (size_t qi = 0; qi < order.size(); qi++)
        for (Node* nb : order[qi]->neighbors)
            if (nb && seen.insert(nb).second) order.push_back(nb);
    std::stable_sort(order.begin(), order.end(), [](Node* a, Node* b) { return a->val < b->val; });
    j.out.push_back('[');
    for (size_t i = 0; i < order.size(); i++) {
        if (i) j.out.push_back(',');
        j.out.push_back('[');
        for (size_t k = 0; k < order[i]->neighbors.size(); k++) {
            if (k) j.out.push_back(',');
            Node* nb = order[i]->neighbors[k];
            j.out += nb ? std::to_string(nb->val) : "null";
        }
        j.out.push_back(']');
        if (input_nodes().count(order[i])) j.aliased = true;
    }
    j.out.push_back(']');
}
#endif

#ifdef PREP_RANDOMNODE
inline void put(Json& j, Node* head) {
    std::unordered_map<Node*, size_t> index;
    std::vector<Node*> nodes;
    for (Node* n = head; n; n = n->next) {
        if (index.count(n)) throw BadOutput{"the returned list has a cycle"};
        index[n] = nodes.size();
        nodes.push_back(n);
    }
    j.out.push_back('[');
    for (size_t i = 0; i < nodes.size(); i++) {
        if (i) j.out.push_back(',');
        j.out += "[" + std::to_string(nodes[i]->val) + ",";
        Node* r = nodes[i]->random;
        if (!r) {
            j.out += "null";
        } else if (!index.count(r)) {
            throw BadOutput{"a random pointer leaves the returned list"};
        } else {
            j.out += std::to_string(index[r]);
        }
        j.out.push_back(']');
        if (input_nodes().count(nodes[i])) j.aliased = true;
    }
    j.out.push_back(']');
}
#endif

template <class T>
std::string json_of(const T& v) {
    Json j;
    put(j, v);
    return j.out;
}

// ---- records -----------------------------------------------------------------------------

// The judge reads the records on fd 3; `prep debug`'s program (PREP_DEBUG) shows them on stderr.
#ifdef PREP_DEBUG
constexpr int RECORDS_FD = 2;
#else
constexpr int RECORDS_FD = 3;
#endif

inline void record(const std::string& line) {
    std::string s = line + "\n";
    const char* p = s.data();
    size_t left = s.size();
    while (left > 0) {
        ssize_t w = write(RECORDS_FD, p, left);
        if (w <= 0) break;
        p += w;
        left -= (size_t)w;
    }
}

inline double cpu_ms() {
    timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

inline long long vm_hwm_kb() {
    FILE* f = fopen("/proc/self/status", "r");
    if (!f) return 0;
    char line[256];
    long long kb = 0;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, "VmHWM:", 6) == 0) kb = atoll(line + 6);
    fclose(f);
    return kb;
}

struct Case {
    long long k = -1;
    double t0 = 0;
    int real_stdout = -1;
};

inline Case& current() {
    static Case c;
    return c;
}

inline void begin(long long k) {
    Case& c = current();
    c.k = k;
    fflush(stdout);
    std::cout.flush();
#ifndef PREP_DEBUG
    if (c.real_stdout < 0) c.real_stdout = dup(1);
    std::string name = "stdout." + std::to_string(k);
    int fd = open(name.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd >= 0) {
        dup2(fd, 1);
        close(fd);
    }
    record("{\"ev\":\"start\",\"k\":" + std::to_string(k) + "}");
#endif
    c.t0 = cpu_ms();
}

// The end of case k: `body` is the rest of the record (a value, an error or bad output).
inline void finish(const std::string& body) {
    Case& c = current();
    double cpu = cpu_ms() - c.t0;
    fflush(stdout);
    std::cout.flush();
    if (c.real_stdout >= 0) dup2(c.real_stdout, 1);
    char tail[96];
    snprintf(tail, sizeof tail, ",\"cpu_ms\":%.3f,\"mem_kb\":%lld}", cpu, vm_hwm_kb());
    record("{\"ev\":\"done\",\"k\":" + std::to_string(c.k) + "," + body + tail);
    c.k = -1;
}

inline std::string error_body(const std::string& type, const std::string& message) {
    std::string out = "\"error\":{\"type\":";
    escape(out, type);
    out += ",\"message\":";
    escape(out, message);
    out += "}";
    return out;
}

inline std::string demangle(const char* name) {
    int status = 0;
    char* d = abi::__cxa_demangle(name, nullptr, nullptr, &status);
    std::string out = status == 0 && d ? d : name;
    free(d);
    return out;
}

// Describes the design-class call that runs, for an error's message ("in call 3: push(5)").
inline std::function<std::string()>& call_desc() {
    static std::function<std::string()> f;
    return f;
}

// Runs one case's body, turning what it throws into the case's record; false when it threw.
template <class F>
bool guarded(F body) {
    bool ok = false;
    try {
        body();
        ok = true;
    } catch (const BadOutput& b) {
        std::string out = "\"bad_output\":";
        escape(out, b.why);
        finish(out);
    } catch (const std::bad_alloc& e) {
        finish(error_body("MemoryError", std::string("std::bad_alloc: ") + e.what()));
    } catch (const std::exception& e) {
        std::string where = call_desc() ? "\n(" + call_desc()() + ")" : "";
        std::string type = demangle(typeid(e).name());
        finish(error_body(type, "terminate called after throwing an instance of '" + type +
                                    "'\n  what():  " + e.what() + where));
    } catch (...) {
        std::string where = call_desc() ? "\n(" + call_desc()() + ")" : "";
        std::string type = "unknown exception";
        if (std::type_info* t = abi::__cxa_current_exception_type()) type = demangle(t->name());
        finish(error_body(type, "terminate called after throwing an instance of '" + type + "'" + where));
    }
    call_desc() = nullptr;
    return ok;
}

#ifdef PREP_ASAN
// An AddressSanitizer report ends the process: send its first lines as the case's error first.
inline void asan_report(const char* report) {
    if (current().k < 0) return;
    std::string text(report), kept;
    size_t lines = 0, at = 0;
    while (at < text.size() && lines < 12) {
        size_t end = text.find('\n', at);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(at, end - at);
        at = end + 1;
        // The "=====" banner says nothing: the first line shown names the error.
        if (line.find_first_not_of('=') == std::string::npos) continue;
        kept += line + "\n";
        lines++;
    }
    finish(error_body("AddressSanitizer", kept));
}
#endif

inline void start_up() {
    std::string& buf = in().buf;
    char chunk[1 << 16];
    ssize_t n;
    while ((n = read(0, chunk, sizeof chunk)) > 0) buf.append(chunk, (size_t)n);
    int devnull = open("/dev/null", O_RDONLY);
    if (devnull >= 0) dup2(devnull, 0);
    size_t nl = buf.find('\n');  // the JSON header line: this harness was made from it
    in().pos = nl == std::string::npos ? buf.size() : nl + 1;
#ifdef PREP_ASAN
    __asan_set_error_report_callback(asan_report);
#endif
    record("{\"ev\":\"loaded\"}");
}

}  // namespace prep_h
