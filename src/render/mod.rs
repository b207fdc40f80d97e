//! Renderers: each turns a [`Timeline`](crate::Timeline) (or one tagged report) into text.
//! They format; they do not compute.

mod dot;
mod json;
mod markdown;
mod timeml;

pub use dot::dot;
pub use json::json;
pub use markdown::markdown;
pub use timeml::timeml;
