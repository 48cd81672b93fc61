//! Disjoint sets (union–find) over dense ids, with path halving: the one implementation the
//! stages share (online story merges, window linking).

/// Disjoint sets of the ids `0..len()`.
#[derive(Clone, Debug, Default)]
pub struct UnionFind {
    parent: Vec<u32>,
}

impl UnionFind {
    /// `n` singleton sets.
    pub fn new(n: usize) -> Self {
        Self { parent: (0..n as u32).collect() }
    }

    /// Number of ids.
    pub fn len(&self) -> usize {
        self.parent.len()
    }

    /// Whether there are no ids.
    pub fn is_empty(&self) -> bool {
        self.parent.is_empty()
    }

    /// Adds a singleton set; returns its id.
    pub fn push(&mut self) -> u32 {
        let id = self.parent.len() as u32;
        self.parent.push(id);
        id
    }

    /// The representative of `x`'s set.
    pub fn find(&mut self, mut x: u32) -> u32 {
        while self.parent[x as usize] != x {
            let grand = self.parent[self.parent[x as usize] as usize];
            self.parent[x as usize] = grand;
            x = grand;
        }
        x
    }

    /// Puts the set whose root is `root` under `onto` (the caller chooses who stays the root).
    pub fn attach(&mut self, root: u32, onto: u32) {
        self.parent[root as usize] = onto;
    }

    /// Joins the sets of `a` and `b`; the lower root stays the root.
    pub fn union(&mut self, a: u32, b: u32) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra.max(rb) as usize] = ra.min(rb);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unions_keep_the_lowest_root() {
        let mut uf = UnionFind::new(5);
        uf.union(3, 4);
        uf.union(4, 1);
        assert_eq!((uf.find(3), uf.find(4), uf.find(1)), (1, 1, 1));
        assert_eq!(uf.find(0), 0);
        let six = uf.push();
        let root = uf.find(3);
        uf.attach(six, root);
        assert_eq!(uf.find(six), 1);
        assert_eq!(uf.len(), 6);
    }
}
