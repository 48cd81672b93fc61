//! The clusterer's ordering: extracted messages arrive in any order (several extraction
//! workers, redeliveries), steps are cut from them in source order, exactly as
//! `newsdesk ingest --step N` cuts its input, so the stories equal one process's.
//!
//! A [`Position`] is "the next article to take": message `seq` of the sources stream, article
//! `offset` inside it. The store keeps the position with each step ([`newsdesk::store::Change::cursor`]);
//! a restarted clusterer starts there and skips what was written, mid-message too.
//! Pure logic: `M` is whatever must be acknowledged later (a JetStream message; `()` in tests).

use crate::wire::Extracted;
use newsdesk_model::RawArticle;
use std::collections::BTreeMap;

/// Bits of a packed position that hold the article offset inside a message.
const OFFSET_BITS: u32 = 24;

/// The next article to take: message `seq`, article `offset` of it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// Sequence number of the message in the sources stream.
    pub seq: u64,
    /// Articles of that message already taken.
    pub offset: u32,
}

impl Position {
    /// The store's form: one number, ordered as positions are.
    pub fn pack(self) -> u64 {
        (self.seq << OFFSET_BITS) | u64::from(self.offset)
    }

    /// Reads [`Position::pack`]'s form.
    pub fn unpack(packed: u64) -> Self {
        Self { seq: packed >> OFFSET_BITS, offset: (packed & ((1 << OFFSET_BITS) - 1)) as u32 }
    }
}

/// A step to write: its articles in source order and the position after them.
#[derive(Debug)]
pub struct Step {
    /// Articles, in source order.
    pub articles: Vec<RawArticle>,
    /// Where the next step starts.
    pub position: Position,
}

/// What to do with a message just offered.
#[derive(Debug, PartialEq, Eq)]
pub enum Offer<M> {
    /// It was written already (a redelivery): acknowledge it now.
    Ack(M),
    /// Held until the step holding its articles is written.
    Held,
}

/// Orders messages and cuts steps; see the module docs.
pub struct Sequencer<M> {
    step: usize,
    committed: Position,
    read: Position,
    pending: BTreeMap<u64, (Extracted, Vec<M>)>,
    /// Articles taken in order, each with the position after it.
    ready: Vec<(Position, RawArticle)>,
    /// Messages whose articles are taken (or skipped), by sequence, until a commit passes them.
    held: BTreeMap<u64, Vec<M>>,
    /// An end mark was taken: the rest of `ready` is written as a short step.
    flush: bool,
}

impl<M> Sequencer<M> {
    /// Starts at `position` (the stored one, or the sources stream's first message), cutting
    /// steps of `step` articles.
    pub fn new(position: Position, step: usize) -> Self {
        Self {
            step: step.max(1),
            committed: position,
            read: position,
            pending: BTreeMap::new(),
            ready: Vec::new(),
            held: BTreeMap::new(),
            flush: false,
        }
    }

    /// Messages waiting (out of order, or taken and not yet written).
    pub fn waiting(&self) -> usize {
        self.pending.len() + self.held.values().map(Vec::len).sum::<usize>()
    }

    /// Every message not yet acknowledged (to tell the server they are still being worked on).
    pub fn unacknowledged(&self) -> impl Iterator<Item = &M> {
        self.pending.values().flat_map(|(_, m)| m.iter()).chain(self.held.values().flatten())
    }

    /// Takes a message in.
    pub fn offer(&mut self, extracted: Extracted, message: M) -> Offer<M> {
        let seq = extracted.seq;
        if seq < self.committed.seq {
            return Offer::Ack(message);
        }
        if seq < self.read.seq {
            self.held.entry(seq).or_default().push(message);
            return Offer::Held;
        }
        match self.pending.get_mut(&seq) {
            Some((_, messages)) => messages.push(message),
            None => {
                self.pending.insert(seq, (extracted, vec![message]));
            }
        }
        self.advance();
        Offer::Held
    }

    /// Moves the messages that continue the sequence into `ready`.
    fn advance(&mut self) {
        while let Some((extracted, messages)) = self.pending.remove(&self.read.seq) {
            let seq = self.read.seq;
            // Non-zero only for the first message after a restart mid-message.
            let skip = self.read.offset as usize;
            let n = extracted.articles.len();
            for (i, article) in extracted.articles.into_iter().enumerate().skip(skip) {
                let after = if i + 1 < n {
                    Position { seq, offset: (i + 1) as u32 }
                } else {
                    Position { seq: seq + 1, offset: 0 }
                };
                self.ready.push((after, article.into()));
            }
            self.held.entry(seq).or_default().extend(messages);
            self.read = Position { seq: seq + 1, offset: 0 };
            self.flush |= extracted.end;
        }
    }

    /// The next step to write, if one is complete: `step` articles, or what is left once an
    /// end mark was taken (possibly no article: the position still moves past the mark).
    pub fn next_step(&mut self) -> Option<Step> {
        if self.ready.len() >= self.step {
            let rest = self.ready.split_off(self.step);
            let taken = std::mem::replace(&mut self.ready, rest);
            let position = taken.last().map_or(self.read, |(p, _)| *p);
            return Some(Step { articles: taken.into_iter().map(|(_, a)| a).collect(), position });
        }
        if self.flush {
            self.flush = false;
            let taken = std::mem::take(&mut self.ready);
            return Some(Step { articles: taken.into_iter().map(|(_, a)| a).collect(), position: self.read });
        }
        None
    }

    /// A step ending at `position` was written (or found written): the messages it passed,
    /// to acknowledge.
    pub fn written(&mut self, position: Position) -> Vec<M> {
        self.committed = self.committed.max(position);
        let keep = self.held.split_off(&self.committed.seq);
        std::mem::replace(&mut self.held, keep).into_values().flatten().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::WireArticle;

    fn message(seq: u64, ids: &[&str], end: bool) -> Extracted {
        let articles =
            ids.iter().map(|id| WireArticle::from(RawArticle::new(*id, format!("Text of {id}."), "t.jsonl"))).collect();
        Extracted { seq, articles, problems: Vec::new(), end }
    }

    fn ids(step: &Step) -> Vec<&str> {
        step.articles.iter().map(|a| a.id.as_str()).collect()
    }

    #[test]
    fn positions_pack_in_order() {
        let (a, b) = (Position { seq: 3, offset: 9 }, Position { seq: 4, offset: 0 });
        assert!(a.pack() < b.pack());
        assert_eq!(Position::unpack(a.pack()), a);
    }

    #[test]
    fn steps_are_cut_in_source_order_whatever_the_arrival_order() {
        let mut s = Sequencer::new(Position { seq: 1, offset: 0 }, 2);
        assert_eq!(s.offer(message(2, &["b", "c"], false), 2), Offer::Held);
        assert!(s.next_step().is_none(), "message 1 is missing");
        s.offer(message(3, &[], false), 3);
        s.offer(message(1, &["a"], false), 1);
        let first = s.next_step().unwrap();
        assert_eq!((ids(&first), first.position), (vec!["a", "b"], Position { seq: 2, offset: 1 }));
        // Message 2 is only half written: it is not acknowledged yet.
        assert_eq!(s.written(first.position), vec![1]);
        assert!(s.next_step().is_none());
        s.offer(message(4, &[], true), 4);
        let last = s.next_step().unwrap();
        assert_eq!((ids(&last), last.position), (vec!["c"], Position { seq: 5, offset: 0 }));
        assert_eq!(s.written(last.position), vec![2, 3, 4]);
        assert_eq!(s.waiting(), 0);
    }

    #[test]
    fn a_redelivered_message_is_held_once_and_acknowledged_after_its_step() {
        let mut s = Sequencer::new(Position { seq: 1, offset: 0 }, 10);
        s.offer(message(1, &["a"], false), 10);
        s.offer(message(1, &["a"], false), 11);
        s.offer(message(2, &[], true), 12);
        let step = s.next_step().unwrap();
        assert_eq!(ids(&step), ["a"], "the copy added no article");
        let mut acked = s.written(step.position);
        acked.sort();
        assert_eq!(acked, [10, 11, 12]);
        // Delivered once more after the commit: acknowledged at once.
        assert_eq!(s.offer(message(1, &["a"], false), 13), Offer::Ack(13));
    }

    #[test]
    fn a_restart_mid_message_skips_what_was_written() {
        let mut s: Sequencer<u8> = Sequencer::new(Position { seq: 7, offset: 2 }, 2);
        assert_eq!(s.offer(message(6, &["x"], false), 6), Offer::Ack(6));
        s.offer(message(7, &["a", "b", "c", "d"], false), 7);
        let step = s.next_step().unwrap();
        assert_eq!((ids(&step), step.position), (vec!["c", "d"], Position { seq: 8, offset: 0 }));
    }
}
