//! `twitter_ops`: a `{"ops", "args"}` run of design-twitter's `Twitter`: `postTweet(userId,
//! tweetId)`, `getNewsFeed(userId)`, `follow(followerId, followeeId)` and
//! `unfollow(followerId, followeeId)`, after the constructor `Twitter()`.
//!
//! User ids come from `1..=users`; tweet ids are a random permutation of `0..=10^4` taken in
//! order, so they are distinct and say nothing about when a tweet was posted. Nobody follows
//! themselves.
//!
//! Parameters:
//! - `n`: the number of calls after the constructor (required, `1..=30000`);
//! - `users`: how many user ids there are (default 500, `2..=500`);
//! - `pattern`:
//!   - `"random"` (the default): each call is a post, a feed, a follow or an unfollow with
//!     the weights `post`, `feed`, `follow`, `unfollow` (defaults 30, 30, 25, 15); users are
//!     uniform; an unfollow undoes an existing follow two times in three (when there is one),
//!     else it names a random pair; a post once the 10^4 + 1 ids are used up becomes a feed;
//!   - `"fan-in"`: user 1 (the reader) follows users `2..=followees + 1` (`followees`,
//!     default `users - 1`), then `posts` tweets (default 10^4) are posted by the reader and
//!     those followees, uniformly, then every remaining call is `getNewsFeed(1)`: each feed
//!     draws from every tweet there is;
//!   - `"quiet-reader"`: user 1 posts one tweet and follows nobody, then users `2..=users`
//!     post `posts` tweets (default 10^4), then every remaining call is `getNewsFeed(1)`:
//!     the reader's only tweet is the oldest of all.

use super::common::{choice, Script};
use super::common::{within};
use super::{Rng, Size};
use serde_json::{json, Value};
use std::collections::HashSet;

const MAX_TWEET_ID: i64 = 10_000;

struct Run {
    script: Script,
    ids: Vec<i64>,
}

impl Run {
    fn call(&mut self, op: &str, args: Value) {
        self.script.call(op, args);
    }

    /// Posts a tweet when an id is left, else asks for the feed.
    fn post(&mut self, user: i64) {
        match self.ids.pop() {
            Some(id) => self.call("postTweet", json!([user, id])),
            None => self.call("getNewsFeed", json!([user])),
        }
    }

    fn calls(&self) -> usize {
        self.script.len() - 1
    }
}

choice!(
    /// The mix of calls.
    Pattern { Random = "random", FanIn = "fan-in", QuietReader = "quiet-reader" }
);

params! {
    size: Size::n(1),
    {
        n: i64, users: i64 = 500, #[serde(default)] pattern: Pattern, post: Option<i64>, feed: Option<i64>,
        follow: Option<i64>, unfollow: Option<i64>, posts: Option<i64>, followees: Option<i64>,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    let users = params.users;
    within("n", n, 1..=30_000)?;
    within("users", users, 2..=500)?;
    let n = n as usize;
    let mut ids: Vec<i64> = (0..=MAX_TWEET_ID).collect();
    rng.shuffle(&mut ids);
    let mut run = Run {
        script: Script::new("Twitter", json!([])),
        ids,
    };
    match params.pattern {
        Pattern::Random => {
            let weights = [
                params.post.unwrap_or(30),
                params.feed.unwrap_or(30),
                params.follow.unwrap_or(25),
                params.unfollow.unwrap_or(15),
            ];
            if weights.iter().any(|w| *w < 0) || weights.iter().sum::<i64>() == 0 {
                return Err("the weights must be non-negative and not all 0".to_string());
            }
            let total: i64 = weights.iter().sum();
            // Follows in force, as a list to pick from and a set to test.
            let mut edges: Vec<(i64, i64)> = Vec::new();
            let mut edge_set: HashSet<(i64, i64)> = HashSet::new();
            while run.calls() < n {
                let mut roll = rng.range(0, total - 1);
                let mut kind = 0;
                while roll >= weights[kind] {
                    roll -= weights[kind];
                    kind += 1;
                }
                let user = rng.range(1, users);
                match kind {
                    0 => run.post(user),
                    1 => run.call("getNewsFeed", json!([user])),
                    2 => {
                        let mut other = rng.range(1, users - 1);
                        if other >= user {
                            other += 1;
                        }
                        if edge_set.insert((user, other)) {
                            edges.push((user, other));
                        }
                        run.call("follow", json!([user, other]));
                    }
                    _ => {
                        let (a, b) = if !edges.is_empty() && rng.chance(2, 3) {
                            let i = rng.index(edges.len());
                            edges[i]
                        } else {
                            let mut other = rng.range(1, users - 1);
                            if other >= user {
                                other += 1;
                            }
                            (user, other)
                        };
                        if edge_set.remove(&(a, b)) {
                            let i = edges.iter().position(|e| *e == (a, b)).unwrap_or(0);
                            edges.swap_remove(i);
                        }
                        run.call("unfollow", json!([a, b]));
                    }
                }
            }
        }
        pattern @ (Pattern::FanIn | Pattern::QuietReader) => {
            let posts = params.posts.unwrap_or(MAX_TWEET_ID);
            within("posts", posts, 0..=MAX_TWEET_ID + 1)?;
            let mut posts = posts as usize;
            let posters: Vec<i64> = if pattern == Pattern::FanIn {
                let followees = params.followees.unwrap_or(users - 1);
                if !(1..users).contains(&followees) {
                    return Err(format!("`followees` must be in 1..users, got {followees}"));
                }
                for other in 2..=followees + 1 {
                    if run.calls() < n {
                        run.call("follow", json!([1, other]));
                    }
                }
                (1..=followees + 1).collect()
            } else {
                if run.calls() < n {
                    run.post(1);
                    posts = posts.min(MAX_TWEET_ID as usize);
                }
                (2..=users).collect()
            };
            for _ in 0..posts {
                if run.calls() < n {
                    let user = *rng.pick(&posters);
                    run.post(user);
                }
            }
            while run.calls() < n {
                run.call("getNewsFeed", json!([1]));
            }
        }
    }
    Ok(run.script.into_case())
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    #[test]
    fn random_runs_keep_the_constraints() {
        let (ops, args) = run(json!({"n": 30000}), 1);
        assert_eq!(ops.len(), 30001);
        assert_eq!(ops[0], "Twitter");
        let mut tweet_ids = HashSet::new();
        for (op, a) in ops.iter().zip(&args).skip(1) {
            assert!((1..=500).contains(&a[0]));
            match op.as_str() {
                "postTweet" => {
                    assert!((0..=10_000).contains(&a[1]));
                    assert!(tweet_ids.insert(a[1]), "tweet ids repeat");
                }
                "getNewsFeed" => assert_eq!(a.len(), 1),
                "follow" | "unfollow" => {
                    assert!((1..=500).contains(&a[1]));
                    assert_ne!(a[0], a[1]);
                }
                other => panic!("unexpected op {other}"),
            }
        }
        // Tweet ids run out after 10^4 + 1 posts: a post-heavy run then asks for feeds.
        let (ops, _) = run(
            json!({"n": 20000, "users": 2, "post": 1, "feed": 0, "follow": 0, "unfollow": 0}),
            2,
        );
        assert_eq!(ops.iter().filter(|o| *o == "postTweet").count(), 10_001);
    }

    #[test]
    fn phased_patterns() {
        let (ops, args) = run(
            json!({"n": 200, "users": 20, "pattern": "fan-in", "followees": 5, "posts": 50}),
            3,
        );
        assert!(ops[1..=5].iter().all(|o| o == "follow"));
        assert_eq!(args[5], vec![1, 6]);
        assert!(ops[6..56].iter().all(|o| o == "postTweet"));
        assert!(args[6..56].iter().all(|a| (1..=6).contains(&a[0])));
        assert!(ops[56..].iter().all(|o| o == "getNewsFeed"));
        let (ops, args) = run(
            json!({"n": 100, "users": 3, "pattern": "quiet-reader", "posts": 40}),
            4,
        );
        assert_eq!((ops[1].as_str(), args[1][0]), ("postTweet", 1));
        assert!(args[2..42].iter().all(|a| a[0] >= 2));
        assert!(ops[42..].iter().all(|o| o == "getNewsFeed"));
        assert!(generate(&params(json!({"n": 5, "pattern": "x"})), &mut Rng::new(0)).is_err());
        assert!(generate(&params(json!({"n": 5, "users": 1})), &mut Rng::new(0)).is_err());
    }

    fn run(p: Value, seed: u64) -> (Vec<String>, Vec<Vec<i64>>) {
        let case = made(p, seed);
        let ops = strings(&case["ops"]);
        let args = case["args"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| {
                a.as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_i64().unwrap())
                    .collect()
            })
            .collect();
        (ops, args)
    }
}
