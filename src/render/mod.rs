//! Renderers: each turns a [`Timeline`](crate::Timeline) (or one tagged report) into text.
//! They format; they do not compute.

mod dot;
mod json;
mod markdown;
mod timelinejs;
mod timeml;

pub use dot::dot;
pub use json::{json, write_json};
pub use markdown::markdown;
pub use timelinejs::timelinejs;
pub use timeml::timeml;
