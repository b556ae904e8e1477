//! A tiny, safe condition language for `when:` and `branch:` in dialog files.
//!
//! ```text
//! domains has 'money'          consent == 'yes'         not name
//! housing_risk == 'soon' or housing_risk == 'no_home'   (a and b) or not c
//! ```
//!
//! Why our own: the conditions a dialog needs are comparisons of answers, and a
//! general expression crate would let an editor write loops or arithmetic that a
//! reviewer cannot check at a glance. This one can only read the conversation's
//! variables; it cannot call anything, loop, or fail at run time.

use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Var(String),
    Lit(Value),
    Not(Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Eq(Box<Expr>, Box<Expr>),
    Ne(Box<Expr>, Box<Expr>),
    /// `list has item`: the list contains the item (or a text equals it).
    Has(Box<Expr>, Box<Expr>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExprError {
    pub message: String,
    /// 0-based character column in the expression text.
    pub column: usize,
}

impl fmt::Display for ExprError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (at column {})", self.message, self.column + 1)
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Ident(String),
    Str(String),
    Num(f64),
    Eq,
    Ne,
    LParen,
    RParen,
}

fn tokenize(src: &str) -> Result<Vec<(Token, usize)>, ExprError> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if c.is_whitespace() {
            i += 1;
        } else if c == '(' {
            out.push((Token::LParen, start));
            i += 1;
        } else if c == ')' {
            out.push((Token::RParen, start));
            i += 1;
        } else if c == '=' && chars.get(i + 1) == Some(&'=') {
            out.push((Token::Eq, start));
            i += 2;
        } else if c == '!' && chars.get(i + 1) == Some(&'=') {
            out.push((Token::Ne, start));
            i += 2;
        } else if c == '\'' || c == '"' {
            let quote = c;
            i += 1;
            let mut s = String::new();
            while i < chars.len() && chars[i] != quote {
                s.push(chars[i]);
                i += 1;
            }
            if i >= chars.len() {
                return Err(ExprError { message: "text without closing quote".into(), column: start });
            }
            i += 1;
            out.push((Token::Str(s), start));
        } else if c.is_ascii_digit() || (c == '-' && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit())) {
            i += 1;
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                i += 1;
            }
            let text: String = chars[start..i].iter().collect();
            let n = text
                .parse::<f64>()
                .map_err(|_| ExprError { message: format!("'{text}' is not a number"), column: start })?;
            out.push((Token::Num(n), start));
        } else if c.is_alphabetic() || c == '_' {
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push((Token::Ident(chars[start..i].iter().collect()), start));
        } else {
            return Err(ExprError {
                message: format!("unexpected character '{c}'; use ==, !=, has, and, or, not, quotes and brackets"),
                column: start,
            });
        }
    }
    Ok(out)
}

struct Parser {
    tokens: Vec<(Token, usize)>,
    pos: usize,
    len: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos).map(|(t, _)| t)
    }
    fn column(&self) -> usize {
        self.tokens.get(self.pos).map(|(_, c)| *c).unwrap_or(self.len)
    }
    fn is_word(&self, word: &str) -> bool {
        matches!(self.peek(), Some(Token::Ident(w)) if w == word)
    }
    fn or(&mut self) -> Result<Expr, ExprError> {
        let mut left = self.and()?;
        while self.is_word("or") {
            self.pos += 1;
            left = Expr::Or(Box::new(left), Box::new(self.and()?));
        }
        Ok(left)
    }
    fn and(&mut self) -> Result<Expr, ExprError> {
        let mut left = self.not()?;
        while self.is_word("and") {
            self.pos += 1;
            left = Expr::And(Box::new(left), Box::new(self.not()?));
        }
        Ok(left)
    }
    fn not(&mut self) -> Result<Expr, ExprError> {
        if self.is_word("not") {
            self.pos += 1;
            return Ok(Expr::Not(Box::new(self.not()?)));
        }
        self.comparison()
    }
    fn comparison(&mut self) -> Result<Expr, ExprError> {
        let left = self.atom()?;
        let op = match self.peek() {
            Some(Token::Eq) => Expr::Eq as fn(Box<Expr>, Box<Expr>) -> Expr,
            Some(Token::Ne) => Expr::Ne,
            Some(Token::Ident(w)) if w == "has" => Expr::Has,
            _ => return Ok(left),
        };
        self.pos += 1;
        let right = self.atom()?;
        Ok(op(Box::new(left), Box::new(right)))
    }
    fn atom(&mut self) -> Result<Expr, ExprError> {
        let column = self.column();
        let token = self.tokens.get(self.pos).map(|(t, _)| t.clone());
        self.pos += 1;
        match token {
            Some(Token::LParen) => {
                let inner = self.or()?;
                if self.peek() != Some(&Token::RParen) {
                    return Err(ExprError { message: "missing ')'".into(), column: self.column() });
                }
                self.pos += 1;
                Ok(inner)
            }
            Some(Token::Str(s)) => Ok(Expr::Lit(Value::String(s))),
            Some(Token::Num(n)) => Ok(Expr::Lit(serde_json::json!(n))),
            Some(Token::Ident(w)) if w == "true" => Ok(Expr::Lit(Value::Bool(true))),
            Some(Token::Ident(w)) if w == "false" => Ok(Expr::Lit(Value::Bool(false))),
            Some(Token::Ident(w)) if ["and", "or", "not", "has"].contains(&w.as_str()) => {
                Err(ExprError { message: format!("'{w}' needs something before or after it"), column })
            }
            Some(Token::Ident(w)) => Ok(Expr::Var(w)),
            Some(other) => Err(ExprError { message: format!("unexpected {other:?}"), column }),
            None => Err(ExprError { message: "the condition ends too early".into(), column }),
        }
    }
}

impl Expr {
    pub fn parse(src: &str) -> Result<Expr, ExprError> {
        let tokens = tokenize(src)?;
        let len = src.chars().count();
        let mut p = Parser { tokens, pos: 0, len };
        let e = p.or()?;
        if p.pos < p.tokens.len() {
            return Err(ExprError { message: "unexpected text after the condition".into(), column: p.column() });
        }
        Ok(e)
    }

    /// Every variable name the expression reads, for `check`.
    pub fn variables(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect(&mut out);
        out
    }

    fn collect<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Expr::Var(v) => out.push(v),
            Expr::Lit(_) => {}
            Expr::Not(e) => e.collect(out),
            Expr::And(a, b) | Expr::Or(a, b) | Expr::Eq(a, b) | Expr::Ne(a, b) | Expr::Has(a, b) => {
                a.collect(out);
                b.collect(out);
            }
        }
    }

    pub fn eval(&self, vars: &BTreeMap<String, Value>) -> bool {
        truthy(&self.value(vars))
    }

    fn value(&self, vars: &BTreeMap<String, Value>) -> Value {
        match self {
            Expr::Var(v) => vars.get(v).cloned().unwrap_or(Value::Null),
            Expr::Lit(v) => v.clone(),
            Expr::Not(e) => Value::Bool(!e.eval(vars)),
            Expr::And(a, b) => Value::Bool(a.eval(vars) && b.eval(vars)),
            Expr::Or(a, b) => Value::Bool(a.eval(vars) || b.eval(vars)),
            Expr::Eq(a, b) => Value::Bool(same(&a.value(vars), &b.value(vars))),
            Expr::Ne(a, b) => Value::Bool(!same(&a.value(vars), &b.value(vars))),
            Expr::Has(a, b) => {
                let item = b.value(vars);
                Value::Bool(match a.value(vars) {
                    Value::Array(items) => items.iter().any(|i| same(i, &item)),
                    other => same(&other, &item),
                })
            }
        }
    }
}

fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}

fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64() != Some(0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn vars() -> BTreeMap<String, Value> {
        let mut v = BTreeMap::new();
        v.insert("domains".into(), json!(["money", "housing"]));
        v.insert("consent".into(), json!("yes"));
        v.insert("count".into(), json!(3));
        v
    }

    #[test]
    fn evaluates_the_forms_dialogs_use() {
        let v = vars();
        let cases = [
            ("domains has 'money'", true),
            ("domains has 'work'", false),
            ("consent == 'yes'", true),
            ("consent != 'yes'", false),
            ("not name", true),
            ("name", false),
            ("count == 3", true),
            ("domains has 'work' or consent == \"yes\"", true),
            ("not (domains has 'money' and consent == 'yes')", false),
            ("true and not false", true),
        ];
        for (src, want) in cases {
            assert_eq!(Expr::parse(src).unwrap().eval(&v), want, "{src}");
        }
    }

    #[test]
    fn reports_errors_with_a_column() {
        let e = Expr::parse("consent = 'yes'").unwrap_err();
        assert_eq!(e.column, 8);
        assert!(Expr::parse("domains has").is_err());
        assert!(Expr::parse("(a or b").unwrap_err().message.contains(')'));
        assert!(Expr::parse("'open").unwrap_err().message.contains("quote"));
        assert!(Expr::parse("a b").is_err());
    }

    #[test]
    fn lists_variables() {
        let e = Expr::parse("contact == 'phone' and not phone").unwrap();
        assert_eq!(e.variables(), vec!["contact", "phone"]);
    }
}
