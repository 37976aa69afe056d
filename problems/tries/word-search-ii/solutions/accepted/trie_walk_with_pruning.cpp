class Solution {
    // The words in a trie; one depth-first walk from each cell follows the trie, so all
    // words sharing a prefix are searched together. A found word is cleared, and a branch
    // with no words left below it is cut off.
    struct Node {
        int next[26];
        int word = -1;   // index into words of the word ending here
        int below = 0;   // words not yet found in this subtree
        Node() { fill(begin(next), end(next), -1); }
    };
    vector<Node> trie;
    vector<string> found;

    void walk(vector<vector<char>>& board, int r, int c, int at, vector<string>& words, vector<int>& path) {
        char ch = board[r][c];
        if (ch == '#') return;
        int node = trie[at].next[ch - 'a'];
        if (node < 0 || trie[node].below == 0) return;
        path.push_back(node);
        if (trie[node].word >= 0) {
            found.push_back(words[trie[node].word]);
            trie[node].word = -1;
            for (int p : path) trie[p].below--;
            trie[0].below--;
        }
        board[r][c] = '#';
        static const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
        for (int d = 0; d < 4; d++) {
            int nr = r + dr[d], nc = c + dc[d];
            if (nr >= 0 && nr < (int)board.size() && nc >= 0 && nc < (int)board[0].size()) {
                walk(board, nr, nc, node, words, path);
            }
        }
        board[r][c] = ch;
        path.pop_back();
    }

public:
    vector<string> findWords(vector<vector<char>>& board, vector<string>& words) {
        trie.assign(1, Node());
        for (int w = 0; w < (int)words.size(); w++) {
            int at = 0;
            trie[0].below++;
            for (char ch : words[w]) {
                if (trie[at].next[ch - 'a'] < 0) {
                    trie[at].next[ch - 'a'] = trie.size();
                    trie.emplace_back();
                }
                at = trie[at].next[ch - 'a'];
                trie[at].below++;
            }
            trie[at].word = w;
        }
        found.clear();
        vector<int> path;
        for (int r = 0; r < (int)board.size(); r++) {
            for (int c = 0; c < (int)board[0].size(); c++) walk(board, r, c, 0, words, path);
        }
        return found;
    }
};
