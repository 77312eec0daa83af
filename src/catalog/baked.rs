//! Text and lists of the catalog as `'static` data: `build.rs` bakes `providers.json` into Rust
//! statics of these types (with `databake`), so the startup check reads the catalog where the
//! binary holds it: no parser, no allocation, nothing to decode.
//!
//! The same types still deserialize from JSON (the tests load edited copies of the catalog that
//! way); that leaks what it reads to give it the `'static` lifetime, which is fine for data loaded
//! once per process or test.

use serde::{Deserialize, Deserializer};
use std::fmt;
use std::ops::Deref;

/// A catalog string.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, databake::Bake)]
#[databake(path = crate::catalog)]
pub struct Text(pub &'static str);

impl Text {
    /// The text.
    pub const fn as_str(&self) -> &'static str {
        self.0
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.0
    }
}

impl std::borrow::Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.0
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        self.0 == other.as_str()
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        self == other.0
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == other.0
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.0
    }
}

impl From<Text> for String {
    fn from(t: Text) -> String {
        t.0.to_string()
    }
}

impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Text(Box::leak(String::deserialize(d)?.into_boxed_str())))
    }
}

/// A catalog list.
#[derive(PartialEq, Eq, databake::Bake)]
#[databake(path = crate::catalog)]
pub struct List<T: 'static>(pub &'static [T]);

impl<T> Clone for List<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for List<T> {}

impl<T> Default for List<T> {
    fn default() -> Self {
        List(&[])
    }
}

impl<T> Deref for List<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        self.0
    }
}

impl<T> IntoIterator for &List<T> {
    type Item = &'static T;
    type IntoIter = std::slice::Iter<'static, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T: fmt::Debug> fmt::Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(List(Box::leak(
            Vec::<T>::deserialize(d)?.into_boxed_slice(),
        )))
    }
}

/// A catalog map (reader ids, health headers): pairs in the JSON object's order, looked up by key.
#[derive(Clone, Copy, PartialEq, Eq, Default, databake::Bake)]
#[databake(path = crate::catalog)]
pub struct Map(pub &'static [(Text, Text)]);

impl Map {
    /// The value under `key`.
    pub fn get(&self, key: &str) -> Option<&'static str> {
        self.0.iter().find(|(k, _)| k.0 == key).map(|(_, v)| v.0)
    }

    /// True when `key` is present.
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// The keys, in order.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> {
        self.0.iter().map(|(k, _)| k.0)
    }

    /// The pairs, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &'static str)> {
        self.0.iter().map(|(k, v)| (k.0, v.0))
    }
}

impl fmt::Debug for Map {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<'de> Deserialize<'de> for Map {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Pairs;
        impl<'de> serde::de::Visitor<'de> for Pairs {
            type Value = Map;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of strings")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut a: A) -> Result<Map, A::Error> {
                let mut pairs = Vec::new();
                while let Some(pair) = a.next_entry::<Text, Text>()? {
                    pairs.push(pair);
                }
                Ok(Map(Box::leak(pairs.into_boxed_slice())))
            }
        }
        d.deserialize_map(Pairs)
    }
}
