class LRUCache {
    // Pairs in a list from most to least recently used, and each key's place in the list:
    // using a key splices its node to the front, eviction takes the back.
    int capacity;
    list<pair<int, int>> byUse;
    unordered_map<int, list<pair<int, int>>::iterator> where;

public:
    LRUCache(int capacity) : capacity(capacity) {}

    int get(int key) {
        auto found = where.find(key);
        if (found == where.end()) return -1;
        byUse.splice(byUse.begin(), byUse, found->second);
        return found->second->second;
    }

    void put(int key, int value) {
        auto found = where.find(key);
        if (found != where.end()) {
            found->second->second = value;
            byUse.splice(byUse.begin(), byUse, found->second);
            return;
        }
        if ((int)byUse.size() == capacity) {
            where.erase(byUse.back().first);
            byUse.pop_back();
        }
        byUse.emplace_front(key, value);
        where[key] = byUse.begin();
    }
};
