class Solution {
public:
    Node* cloneGraph(Node* node) {
        if (!node) return nullptr;
        unordered_map<Node*, Node*> copies;
        copies[node] = new Node(node->val);
        queue<Node*> todo;
        todo.push(node);
        while (!todo.empty()) {
            Node* cur = todo.front();
            todo.pop();
            for (Node* nb : cur->neighbors) {
                if (!copies.count(nb)) {
                    copies[nb] = new Node(nb->val);
                    todo.push(nb);
                }
                copies[cur]->neighbors.push_back(copies[nb]);
            }
        }
        return copies[node];
    }
};
