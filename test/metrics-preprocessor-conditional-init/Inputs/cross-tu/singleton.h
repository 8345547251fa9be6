#pragma once
// The service's own singleton helper, as yeti-lnp-resolver has one.
template <class T> struct singleton {
  static T *instance() {
    static T Object;
    return &Object;
  }
};
